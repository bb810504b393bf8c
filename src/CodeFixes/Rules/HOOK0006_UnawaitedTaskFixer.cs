using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using HookAnalyzers.Analyzers;
using HookAnalyzers.Analyzers.Internals;
using HookAnalyzers.Analyzers.Rules;
using HookAnalyzers.CodeFixes.Internals;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace HookAnalyzers.CodeFixes.Rules;

/// <summary>
/// HOOK0006 fix: <c>DoAsync();</c> and <c>_ = DoAsync();</c> become <c>await DoAsync();</c>,
/// and the method (or local function) becomes async when it is not: <c>void</c> turns into
/// <c>async Task</c>, a non-async <c>Task</c> method gets <c>async</c> and its returns are
/// rewritten. No fix for a task stored in an unread local (awaiting it where it is created would
/// serialise work the author may have meant to overlap), inside a lambda or a <c>lock</c>, or
/// when the signature cannot change (override, interface implementation).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UnawaitedTaskFixer)), Shared]
public sealed class UnawaitedTaskFixer : CodeFixProvider
{
    private const string Title = "Await the task";

    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(DiagnosticIds.UnawaitedTask);

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var diagnostic = context.Diagnostics[0];
        if (!diagnostic.Properties.TryGetValue(UnawaitedTaskAnalyzer.KindProperty, out var kind) || kind != nameof(UnawaitedTaskKind.Discarded))
        {
            return;
        }

        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root?.FindNode(diagnostic.Location.SourceSpan) is not ExpressionSyntax task
            || DiscardingExpression(task) is not { } discarding
            || MethodAsyncRewriter.FindEnclosingFunction(task) is not { } function
            || task.Ancestors().TakeWhile(a => a != function).Any(a => a is LockStatementSyntax))
        {
            return;
        }

        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (model is null || !MethodAsyncRewriter.TryPlan(model, function, context.CancellationToken, out var conversion))
        {
            return;
        }

        context.RegisterCodeFix(
            CodeAction.Create(
                Title,
                ct => AwaitAsync(context.Document, root, function, discarding, task, conversion, ct),
                equivalenceKey: nameof(UnawaitedTaskFixer)),
            diagnostic);
    }

    /// <summary>The expression to replace: the task itself, or the whole <c>_ = task</c>. Null where awaiting is not a drop-in edit.</summary>
    private static ExpressionSyntax? DiscardingExpression(ExpressionSyntax task) => task.Parent switch
    {
        ExpressionStatementSyntax or ArrowExpressionClauseSyntax => task,
        AssignmentExpressionSyntax { Left: IdentifierNameSyntax { Identifier.ValueText: "_" }, Parent: ExpressionStatementSyntax } discard
            when discard.Right == task => discard,
        _ => null,
    };

    private static async Task<Document> AwaitAsync(
        Document document,
        SyntaxNode root,
        SyntaxNode function,
        ExpressionSyntax discarding,
        ExpressionSyntax task,
        AsyncConversion conversion,
        CancellationToken cancellationToken)
    {
        var awaited = MethodAsyncRewriter.Await(task.WithLeadingTrivia(discarding.GetLeadingTrivia())).WithTrailingTrivia(discarding.GetTrailingTrivia());
        var newFunction = MethodAsyncRewriter.Convert(function.ReplaceNode(discarding, awaited), conversion);
        var newDocument = document.WithSyntaxRoot(root.ReplaceNode(function, newFunction));
        return await MethodAsyncRewriter.CleanUpAsync(newDocument, cancellationToken).ConfigureAwait(false);
    }
}
