namespace HookAnalyzers.CodeFixes.Internals;

/// <summary>Registers the "call the generated method after this declaration" fix of HOOK0012/HOOK0013.</summary>
internal static class WiringFixer
{
    public static async Task RegisterAsync(CodeFixContext context, string method, string equivalenceKey)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || WiringCallInserter.FindDeclaration(root, context.Span) is not { } found)
        {
            // Reported on a hook method, or the builder/app is not a local: no safe place to insert.
            return;
        }

        var document = context.Document;
        context.RegisterCodeFix(
            CodeAction.Create(
                $"Call {found.Variable}.{method}()",
                _ => Task.FromResult(document.WithSyntaxRoot(WiringCallInserter.InsertCallAfter(root, found.Statement, found.Variable, method))),
                equivalenceKey),
            context.Diagnostics);
    }
}
