namespace HookAnalyzers.CodeFixes.Internals;

/// <summary>A document's syntax root with its semantic model: what most fixes need before they can judge a diagnostic.</summary>
internal sealed record AnalyzedDocument(SyntaxNode Root, SemanticModel Model)
{
    /// <summary>Null for a document without syntax or semantics (not C#), where no fix applies.</summary>
    public static async Task<AnalyzedDocument?> LoadAsync(Document document, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        return root is null || model is null ? null : new AnalyzedDocument(root, model);
    }
}
