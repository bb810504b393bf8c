using HookAnalyzers.Analyzers.Internals.Blocking;
using HookAnalyzers.CodeFixes.Internals.AsyncRewriting;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace HookAnalyzers.CodeFixes.Rules;

/// <summary>
/// HOOK0001: <c>.Result</c>, <c>.Wait()</c>, <c>GetAwaiter().GetResult()</c> -> <c>await</c>;
/// <c>Thread.Sleep(x)</c> -> <c>await Task.Delay(x, ct)</c>; <c>Task.WaitAll(...)</c> -> <c>await Task.WhenAll(...)</c>;
/// the hook becomes async. Only offered where the analyzer marked the call as fixable: directly
/// in the hook body (not in a lambda or local function) and not a call found deeper in a chain.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(BlockingCallInHookFixer)), Shared]
public sealed class BlockingCallInHookFixer() : AwaitFixer(DiagnosticIds.BlockingCallInHook, "UseAwait")
{
    private protected override AwaitFix? Plan(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (Fixable(root, model, diagnostic, cancellationToken) is not var (node, kind, plan))
        {
            return null;
        }

        var title = kind switch
        {
            BlockingFixKind.Sleep => "Use await Task.Delay",
            BlockingFixKind.WaitAll => "Use await Task.WhenAll",
            _ => "Use await",
        };
        var token = CancellationTokens.InScope(plan.Function, model, node.SpanStart, cancellationToken);
        return new AwaitFix(title, new AwaitEdit(node, rewritten => Awaited(rewritten, kind, token) ?? rewritten, plan));
    }

    private static (ExpressionSyntax Node, BlockingFixKind Kind, AsyncPlan Plan)? Fixable(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (!diagnostic.Properties.TryGetValue(BlockingCallInHookAnalyzer.FixKindProperty, out var kindText)
            || !Enum.TryParse<BlockingFixKind>(kindText, out var kind))
        {
            return null;
        }

        // The diagnostic covers the member (`Result`, `GetResult()`): the blocking expression is the access or call around it.
        var found = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        if (found is SimpleNameSyntax { Parent: MemberAccessExpressionSyntax access } name && access.Name == name)
        {
            found = access;
        }

        return found is ExpressionSyntax node
            && Awaited(node, kind, token: null) is not null
            && AsyncPlanner.TryPlanAwaitAt(model, node, cancellationToken, out var plan)
            ? (node, kind, plan)
            : null;
    }

    /// <summary>What to await instead of the blocking expression; null when the syntax is not the expected shape.</summary>
    private static ExpressionSyntax? Awaited(ExpressionSyntax blocking, BlockingFixKind kind, string? token)
        => kind switch
        {
            // task.Result
            BlockingFixKind.Result when blocking is MemberAccessExpressionSyntax access => access.Expression,

            // task.Wait()
            BlockingFixKind.Wait when blocking is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } => access.Expression,

            // task.GetAwaiter().GetResult()
            BlockingFixKind.GetResult when blocking is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax getAwaiter } } } => getAwaiter.Expression,

            // Thread.Sleep(x) -> Task.Delay(x, ct)
            BlockingFixKind.Sleep when blocking is InvocationExpressionSyntax { ArgumentList.Arguments.Count: 1 } sleep => Delay(sleep.ArgumentList, token),

            // Task.WaitAll(a, b) as a statement -> Task.WhenAll(a, b)
            BlockingFixKind.WaitAll when blocking is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } waitAll
                => waitAll.WithExpression(access.WithName(SyntaxFactory.IdentifierName("WhenAll"))),

            _ => null,
        };

    private static ExpressionSyntax Delay(ArgumentListSyntax sleepArguments, string? token)
    {
        var arguments = new List<ArgumentSyntax> { sleepArguments.Arguments[0].WithNameColon(null).WithoutTrivia() };
        if (token is not null)
        {
            arguments.Add(SyntaxFactory.Argument(SyntaxFactory.IdentifierName(token)));
        }

        var delay = SyntaxFactory.ParseExpression("global::System.Threading.Tasks.Task.Delay").WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);
        return SyntaxFactory.InvocationExpression(delay, SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(arguments)))
            .WithAdditionalAnnotations(Formatter.Annotation);
    }
}
