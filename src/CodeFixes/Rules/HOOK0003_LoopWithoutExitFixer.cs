using Microsoft.CodeAnalysis.Formatting;

namespace HookAnalyzers.CodeFixes.Rules;

/// <summary>
/// HOOK0003 (partial fix): inserts <c>token.ThrowIfCancellationRequested();</c> as the loop's
/// first statement, using a CancellationToken parameter or local in scope. No fix without one:
/// inventing a token would not be cancelled by anything, and choosing an exit is the author's call.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(LoopWithoutExitFixer)), Shared]
public sealed class LoopWithoutExitFixer() : HookFixer(DiagnosticIds.LoopWithoutExit, "ThrowIfCancellationRequested")
{
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        if (await AnalyzedDocument.LoadAsync(context.Document, context.CancellationToken).ConfigureAwait(false) is not (var root, var model))
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            var loop = root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true)
                .AncestorsAndSelf()
                .FirstOrDefault(n => n is WhileStatementSyntax or DoStatementSyntax or ForStatementSyntax) as StatementSyntax;
            if (loop is null || TokenInScope(model, loop) is not { } token)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create($"Call {token}.ThrowIfCancellationRequested() in the loop", ct => InsertCheckAsync(context.Document, loop, token, ct), EquivalenceKey),
                diagnostic);
        }
    }

    /// <summary>A CancellationToken parameter (preferred) or local visible at the loop.</summary>
    private static string? TokenInScope(SemanticModel model, StatementSyntax loop)
    {
        var candidates = model.LookupSymbols(loop.SpanStart)
            .Where(s => s is IParameterSymbol { Type: var p } && CancellationTokens.IsCancellationToken(p)
                || s is ILocalSymbol { Type: var l } && CancellationTokens.IsCancellationToken(l))
            .OrderBy(s => s is IParameterSymbol ? 0 : 1)
            .ThenBy(s => s.Name, System.StringComparer.Ordinal);
        return candidates.FirstOrDefault()?.Name;
    }

    private static async Task<Document> InsertCheckAsync(Document document, StatementSyntax loop, string token, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return document;
        }

        // Elastic trivia: the formatter gives the new statement its own, indented line.
        var check = SyntaxFactory.ParseStatement($"{token}.ThrowIfCancellationRequested();")
            .WithLeadingTrivia(SyntaxFactory.ElasticMarker)
            .WithTrailingTrivia(SyntaxFactory.ElasticCarriageReturnLineFeed)
            .WithAdditionalAnnotations(Formatter.Annotation);
        var body = loop switch
        {
            WhileStatementSyntax w => w.Statement,
            DoStatementSyntax d => d.Statement,
            ForStatementSyntax f => f.Statement,
            _ => null,
        };
        if (body is null)
        {
            return document;
        }

        var newBody = body is BlockSyntax block
            ? block.WithStatements(block.Statements.Insert(0, check))
            : SyntaxFactory.Block(check, body.WithLeadingTrivia(SyntaxFactory.ElasticMarker)).WithTriviaFrom(body).WithAdditionalAnnotations(Formatter.Annotation);
        return document.WithSyntaxRoot(root.ReplaceNode(body, newBody));
    }
}
