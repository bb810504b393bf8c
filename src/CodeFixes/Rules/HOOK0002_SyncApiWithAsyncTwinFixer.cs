using HookAnalyzers.Analyzers.Internals.Blocking;
using HookAnalyzers.Analyzers.Internals.Knowledge;
using HookAnalyzers.CodeFixes.Internals.AsyncRewriting;

namespace HookAnalyzers.CodeFixes.Rules;

/// <summary>
/// HOOK0002: <c>x.Flush()</c> -> <c>await x.FlushAsync(ct)</c> (the token is passed when the twin
/// takes one and the hook has one); the hook becomes async. Not offered for calls found deeper in
/// a chain, inside lambdas or local functions, or when the twin requires a token the hook lacks.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SyncApiWithAsyncTwinFixer)), Shared]
public sealed class SyncApiWithAsyncTwinFixer() : AwaitFixer(DiagnosticIds.SyncApiWithAsyncTwin, "UseAsyncTwin")
{
    private protected override AwaitFix? Plan(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
        => Twin(root, model, diagnostic, cancellationToken) is var (call, twinName, token, plan)
            ? new AwaitFix($"Use await {twinName}", new AwaitEdit(call, rewritten => Rewrite((InvocationExpressionSyntax)rewritten, twinName, token), plan))
            : null;

    /// <summary>The call, the twin to call and the token to append (null: none), or null when no safe fix exists.</summary>
    private static (InvocationExpressionSyntax Call, string TwinName, string? Token, AsyncPlan Async)? Twin(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (!diagnostic.Properties.TryGetValue(SyncApiWithAsyncTwinAnalyzer.TwinNameProperty, out var twinName)
            || twinName is null
            || !diagnostic.Properties.TryGetValue(SyncApiWithAsyncTwinAnalyzer.TokenModeProperty, out var modeText)
            || !Enum.TryParse<TwinTokenMode>(modeText, out var mode)
            || root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not InvocationExpressionSyntax call
            || call.Expression is not (MemberAccessExpressionSyntax or SimpleNameSyntax)
            || !AsyncPlanner.TryPlanAwaitAt(model, call, cancellationToken, out var asyncPlan))
        {
            return null;
        }

        var token = mode == TwinTokenMode.None ? null : CancellationTokens.ParameterOf(asyncPlan.Function, model, cancellationToken);

        // Appending a positional token after named arguments may not bind; keep the call as is then.
        if (token is not null && call.ArgumentList.Arguments.Any(a => a.NameColon is not null))
        {
            token = null;
        }

        return mode == TwinTokenMode.Required && token is null ? null : (call, twinName, token, asyncPlan);
    }

    private static ExpressionSyntax Rewrite(InvocationExpressionSyntax call, string twinName, string? token)
    {
        var expression = call.Expression switch
        {
            MemberAccessExpressionSyntax access => access.WithName(Rename(access.Name, twinName)),
            SimpleNameSyntax name => Rename(name, twinName),
            var other => other,
        };

        var arguments = token is null
            ? call.ArgumentList
            : call.ArgumentList.AddArguments(SyntaxFactory.Argument(SyntaxFactory.IdentifierName(token)));
        return call.WithExpression(expression).WithArgumentList(arguments);
    }

    private static SimpleNameSyntax Rename(SimpleNameSyntax name, string newName)
        => name.WithIdentifier(SyntaxFactory.Identifier(newName).WithTriviaFrom(name.Identifier));
}
