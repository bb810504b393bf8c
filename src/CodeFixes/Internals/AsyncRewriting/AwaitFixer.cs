namespace HookAnalyzers.CodeFixes.Internals.AsyncRewriting;

/// <summary>
/// Base of the fixes that put in an <c>await</c> and make the function holding it async (HOOK0001,
/// HOOK0002, HOOK0006). Fix All works one pass per document: several awaits in one function each
/// want to make it async, and the batch fixer would drop all but one of those overlapping edits;
/// <see cref="MethodAsyncRewriter.ApplyAwaits"/> converts each function once after all its awaits are in.
/// </summary>
public abstract class AwaitFixer : HookFixer
{
    private protected AwaitFixer(string id, string fix)
        : base(id, fix)
    {
    }

    public sealed override FixAllProvider GetFixAllProvider()
        => FixAllProvider.Create((context, document, diagnostics) => AwaitAllAsync(document, diagnostics, context.CancellationToken)!);

    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        if (await AnalyzedDocument.LoadAsync(context.Document, context.CancellationToken).ConfigureAwait(false) is not (var root, var model))
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (Plan(root, model, diagnostic, context.CancellationToken) is { } fix)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(fix.Title, ct => AwaitAllAsync(context.Document, ImmutableArray.Create(diagnostic), ct), EquivalenceKey),
                    diagnostic);
            }
        }
    }

    /// <summary>The await one diagnostic asks for and the fix's title; null when there is no safe fix.</summary>
    private protected abstract AwaitFix? Plan(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken);

    /// <summary>Puts in every fixable await of <paramref name="diagnostics"/>, then makes each function holding one async, once.</summary>
    private async Task<Document> AwaitAllAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        if (await AnalyzedDocument.LoadAsync(document, cancellationToken).ConfigureAwait(false) is not (var root, var model))
        {
            return document;
        }

        var edits = diagnostics
            .Select(diagnostic => Plan(root, model, diagnostic, cancellationToken)?.Edit)
            .OfType<AwaitEdit>();
        return await MethodAsyncRewriter.CleanUpAsync(document.WithSyntaxRoot(MethodAsyncRewriter.ApplyAwaits(root, edits)), cancellationToken).ConfigureAwait(false);
    }
}

/// <summary>One await a fix puts in, with the title the light bulb shows.</summary>
internal sealed record AwaitFix(string Title, AwaitEdit Edit);
