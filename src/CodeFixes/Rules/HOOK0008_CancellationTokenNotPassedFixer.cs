using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using HookAnalyzers.Analyzers;
using HookAnalyzers.Analyzers.Rules;
using HookAnalyzers.CodeFixes.Internals;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace HookAnalyzers.CodeFixes.Rules;

/// <summary>
/// HOOK0008 fix: appends the hook's token to the call, positionally when it binds to the token
/// parameter (the next parameter, or the overload's trailing one), else as a named argument
/// (<c>cancellationToken: ct</c>) so that skipped optional parameters keep their defaults.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CancellationTokenNotPassedFixer)), Shared]
public sealed class CancellationTokenNotPassedFixer : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create(DiagnosticIds.CancellationTokenNotPassed);

    public override FixAllProvider GetFixAllProvider() => new SingleKindBatchFixer(nameof(CancellationTokenNotPassedFixer));

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
        if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not InvocationExpressionSyntax invocation)
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

        var newInvocation = invocation.WithArgumentList(invocation.ArgumentList.AddArguments(argument));
        context.RegisterCodeFix(
            CodeAction.Create(
                $"Pass '{token}'",
                _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(invocation, newInvocation))),
                equivalenceKey: nameof(CancellationTokenNotPassedFixer)),
            diagnostic);
    }
}
