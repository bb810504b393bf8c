using HookAnalyzers.CodeFixes.Internals.AsyncRewriting;

namespace HookAnalyzers.CodeFixes.Rules;

/// <summary>
/// HOOK0005 fix: <c>async void</c> becomes <c>async Task</c> (<c>Task</c> as written when
/// <c>System.Threading.Tasks</c> is imported, else with the using added). No fix when the
/// signature cannot change: an override, an interface implementation, or a method or local
/// function used as a delegate. Callers of a converted local function now get a task; HOOK0006 then
/// offers to await it.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AsyncVoidHookFixer)), Shared]
public sealed class AsyncVoidHookFixer() : HookFixer(DiagnosticIds.AsyncVoidHook, "ReturnTask")
{
    private const string Title = "Return Task instead of void";

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var diagnostic = context.Diagnostics[0];
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root?.FindNode(diagnostic.Location.SourceSpan) is not TypeSyntax { Parent: MethodDeclarationSyntax or LocalFunctionStatementSyntax } returnType)
        {
            return;
        }

        var function = returnType.Parent!;
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (model?.GetDeclaredSymbol(function, context.CancellationToken) is not IMethodSymbol method
            || !AsyncPlanner.CanChangeReturnType(method, model, function, context.CancellationToken))
        {
            return;
        }

        context.RegisterCodeFix(
            CodeAction.Create(Title, ct => ReturnTaskAsync(context.Document, root, returnType, ct), EquivalenceKey),
            diagnostic);
    }

    private static Task<Document> ReturnTaskAsync(Document document, SyntaxNode root, TypeSyntax returnType, CancellationToken cancellationToken)
    {
        // Only the return type changes (the method is async already), so batch Fix All edits never overlap.
        var newRoot = root.ReplaceNode(returnType, MethodAsyncRewriter.TaskReturnType(returnType));
        return MethodAsyncRewriter.CleanUpAsync(document.WithSyntaxRoot(newRoot), cancellationToken);
    }
}
