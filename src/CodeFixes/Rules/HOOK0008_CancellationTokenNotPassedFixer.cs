namespace HookAnalyzers.CodeFixes.Rules;

/// <summary>
/// HOOK0008 fix: appends the hook's token to the call, positionally when it binds to the token
/// parameter (the next parameter, or the overload's trailing one), else as a named argument
/// (<c>cancellationToken: ct</c>) so that skipped optional parameters keep their defaults.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CancellationTokenNotPassedFixer)), Shared]
public sealed class CancellationTokenNotPassedFixer() : HookFixer(DiagnosticIds.CancellationTokenNotPassed, "PassToken")
{
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var diagnostic = context.Diagnostics[0];
        var properties = diagnostic.Properties;
        if (!properties.TryGetValue(CancellationTokenNotPassedAnalyzer.TokenProperty, out var token) || token is null
            || !properties.TryGetValue(CancellationTokenNotPassedAnalyzer.ParameterNameProperty, out var parameterName) || parameterName is null)
        {
            return;
        }

        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var node = root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true);
        if (root is null || node is null)
        {
            return;
        }

        if (properties.TryGetValue(CancellationTokenNotPassedAnalyzer.ReplaceProperty, out var replace) && replace == "true")
        {
            // CancellationToken.None / default (the diagnostic's span) -> the hook's token, where it was written.
            if (node.FirstAncestorOrSelf<ArgumentSyntax>() is { } passed)
            {
                Register(root.ReplaceNode(passed, passed.WithExpression(SyntaxFactory.IdentifierName(token).WithTriviaFrom(passed.Expression))));
            }

            return;
        }

        if (node is not InvocationExpressionSyntax invocation)
        {
            return;
        }

        var named = properties.TryGetValue(CancellationTokenNotPassedAnalyzer.NamedProperty, out var value) && value == "true";
        var argument = SyntaxFactory.Argument(SyntaxFactory.IdentifierName(token));
        if (named)
        {
            argument = argument.WithNameColon(SyntaxFactory.NameColon(SyntaxFactory.IdentifierName(parameterName)));
        }

        if (invocation.ArgumentList.Arguments.Count > 0)
        {
            argument = argument.WithLeadingTrivia(SyntaxFactory.Space); // after the comma: `(url, ct)`
        }

        Register(root.ReplaceNode(invocation, invocation.WithArgumentList(invocation.ArgumentList.AddArguments(argument))));

        void Register(SyntaxNode fixedRoot)
            => context.RegisterCodeFix(
                CodeAction.Create($"Pass '{token}'", _ => Task.FromResult(context.Document.WithSyntaxRoot(fixedRoot)), EquivalenceKey),
                diagnostic);
    }
}
