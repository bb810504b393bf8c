using HookAnalyzers.Analyzers.Internals;
using HookAnalyzers.CodeFixes.Internals.AsyncRewriting;

namespace HookAnalyzers.CodeFixes.Rules;

/// <summary>
/// HOOK0006 fix: <c>DoAsync();</c> and <c>_ = DoAsync();</c> become <c>await DoAsync();</c>,
/// and the method (or local function) becomes async when it is not: <c>void</c> turns into
/// <c>async Task</c>, a non-async <c>Task</c> method gets <c>async</c> and its returns are
/// rewritten. No fix for a task stored in an unread local (awaiting it where it is created would
/// serialise work the author may have meant to overlap), inside a lambda or a <c>lock</c>, or
/// when the signature cannot change (override, interface implementation, use as a delegate).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UnawaitedTaskFixer)), Shared]
public sealed class UnawaitedTaskFixer() : AwaitFixer(DiagnosticIds.UnawaitedTask, "Await")
{
    /// <summary>Where one diagnostic's await goes, and how its method becomes async; null when there is no safe fix.</summary>
    private protected override AwaitFix? Plan(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (!diagnostic.Properties.TryGetValue(UnawaitedTaskAnalyzer.KindProperty, out var kind) || kind != nameof(UnawaitedTaskKind.Discarded))
        {
            return null;
        }

        if (root.FindNode(diagnostic.Location.SourceSpan) is not ExpressionSyntax task
            || DiscardingExpression(task) is not { } discarding
            || !AsyncPlanner.TryPlanAwaitAt(model, task, cancellationToken, out var plan)
            || ReturnedByExpressionBody(discarding, plan))
        {
            return null;
        }

        return new AwaitFix("Await the task", new AwaitEdit(discarding, TaskOf, plan));
    }

    /// <summary>The expression to replace: the task itself, or the whole <c>_ = task</c>. Null where awaiting is not a drop-in edit.</summary>
    private static ExpressionSyntax? DiscardingExpression(ExpressionSyntax task) => task.Parent switch
    {
        ExpressionStatementSyntax or ArrowExpressionClauseSyntax => task,
        AssignmentExpressionSyntax { Left: IdentifierNameSyntax { Identifier.ValueText: "_" }, Parent: ExpressionStatementSyntax } discard
            when discard.Right == task => discard,
        _ => null,
    };

    /// <summary>
    /// <c>Task M() =&gt; DoAsync()</c> returns its task rather than dropping it: awaiting it in place
    /// and then making the method async would await it twice.
    /// </summary>
    private static bool ReturnedByExpressionBody(ExpressionSyntax discarding, AsyncPlan plan)
        => discarding.Parent is ArrowExpressionClauseSyntax
            && plan.Conversion is AsyncConversionKind.FromTask or AsyncConversionKind.FromTaskOfT;

    /// <summary>The task a discarding expression drops: <c>_ = task</c> or the task statement itself.</summary>
    private static ExpressionSyntax TaskOf(ExpressionSyntax discarding)
        => discarding is AssignmentExpressionSyntax discard ? discard.Right : discarding;
}
