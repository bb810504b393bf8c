using Microsoft.CodeAnalysis.Operations;

namespace HookAnalyzers.CodeFixes.Rules;

/// <summary>
/// HOOK0009, partial fix: <c>File.Move(a, b)</c> / <c>File.Copy(a, b)</c> (and FileInfo.MoveTo/CopyTo)
/// become <c>..., overwrite: true</c>, so a second delivery replaces the destination instead of
/// throwing. Other effects (appends, POSTs, publishing) need a decision only the user can make.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(NonIdempotentEffectFixer)), Shared]
public sealed class NonIdempotentEffectFixer() : HookFixer(DiagnosticIds.NonIdempotentEffect, "Overwrite")
{
    private const string Title = "Overwrite the destination (overwrite: true)";

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.ContainsKey(NonIdempotentEffectAnalyzer.CanAddOverwriteProperty)
                || root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not { } node
                || node.FirstAncestorOrSelf<InvocationExpressionSyntax>() is not { } invocation)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(Title, ct => AddOverwriteAsync(context.Document, invocation, ct), EquivalenceKey),
                diagnostic);
        }
    }

    private static async Task<Document> AddOverwriteAsync(Document document, InvocationExpressionSyntax invocation, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return document;
        }

        // overwrite: false (named or positional) is replaced; a missing one is added by name.
        var overwriteTrue = SyntaxFactory.LiteralExpression(SyntaxKind.TrueLiteralExpression);
        var existing = (model.GetOperation(invocation, cancellationToken) as IInvocationOperation)?.Arguments
            .FirstOrDefault(a => a.Parameter?.Name == "overwrite" && a.ArgumentKind == ArgumentKind.Explicit)?.Syntax as ArgumentSyntax;
        var arguments = existing is not null
            ? invocation.ArgumentList.ReplaceNode(existing, existing.WithExpression(overwriteTrue.WithTriviaFrom(existing.Expression)))
            : invocation.ArgumentList.AddArguments(
                SyntaxFactory.Argument(overwriteTrue).WithNameColon(SyntaxFactory.NameColon("overwrite")));
        return document.WithSyntaxRoot(root.ReplaceNode(invocation.ArgumentList, arguments));
    }
}
