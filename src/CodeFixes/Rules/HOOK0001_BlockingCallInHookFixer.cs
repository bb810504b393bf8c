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
/// Fix All rewrites a whole document in one pass (see <see cref="MethodAsyncRewriter.ApplyAwaits"/>).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(BlockingCallInHookFixer))]
[Shared]
public sealed class BlockingCallInHookFixer : CodeFixProvider
{
    private const string EquivalenceKey = DiagnosticIds.BlockingCallInHook + "_UseAwait";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.BlockingCallInHook);

    public override FixAllProvider GetFixAllProvider()
        => FixAllProvider.Create((context, document, diagnostics) => FixAsync(document, diagnostics, context.CancellationToken));

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (root is not null && model is not null && Fixable(root, model, diagnostic, context.CancellationToken) is { } fixable)
            {
                var title = fixable.Kind switch
                {
                    BlockingFixKind.Sleep => "Use await Task.Delay",
                    BlockingFixKind.WaitAll => "Use await Task.WhenAll",
                    _ => "Use await",
                };
                context.RegisterCodeFix(
                    CodeAction.Create(title, ct => FixAsync(context.Document, ImmutableArray.Create(diagnostic), ct)!, EquivalenceKey),
                    diagnostic);
            }
        }
    }

    private static async Task<Document?> FixAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return document;
        }

        var edits = new List<AwaitEdit>();
        foreach (var diagnostic in diagnostics)
        {
            if (Fixable(root, model, diagnostic, cancellationToken) is not { } fixable)
            {
                continue;
            }

            var token = CancellationTokens.InScope(fixable.Plan.Function, model, fixable.Node.SpanStart, cancellationToken);
            var kind = fixable.Kind;
            edits.Add(new AwaitEdit(fixable.Node, rewritten => Awaited(rewritten, kind, token) ?? rewritten, fixable.Plan));
        }

        return await MethodAsyncRewriter.CleanUpAsync(document.WithSyntaxRoot(MethodAsyncRewriter.ApplyAwaits(root, edits)), cancellationToken).ConfigureAwait(false);
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
