namespace HookAnalyzers.CodeFixes.Internals;

/// <summary>
/// Batch Fix All for a fixer that registers one kind of fix (one equivalence key).
/// `dotnet format` asks for Fix All with the key of the fix registered for the first diagnostic
/// it finds; when that diagnostic has no automatic fix (a HOOK0009 append, a loop with no token in
/// scope), the key is null, the batch fixer finds no fix with that key, and `dotnet format`
/// prints "Code fix ... didn't return a Fix All action", which reads as a crash. Here the fixer's
/// own key is used, every fixable diagnostic is fixed, and a scope with nothing fixable gets a
/// fix that changes nothing instead of no fix.
/// </summary>
internal sealed class SingleKindBatchFixer(string equivalenceKey) : FixAllProvider
{
    private static readonly FixAllScope[] RekeyableScopes = [FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution];

    public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() => WellKnownFixAllProviders.BatchFixer.GetSupportedFixAllScopes();

    public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
    {
        var context = fixAllContext.CodeActionEquivalenceKey != equivalenceKey && RekeyableScopes.Contains(fixAllContext.Scope)
            ? Rekey(fixAllContext)
            : fixAllContext;
        return await WellKnownFixAllProviders.BatchFixer.GetFixAsync(context).ConfigureAwait(false)
               ?? CodeAction.Create("No automatic fix", _ => Task.FromResult(fixAllContext.Solution), equivalenceKey);
    }

    private FixAllContext Rekey(FixAllContext context)
    {
        var diagnostics = new SameDiagnostics(context);
        return context.Document is { } document
            ? new FixAllContext(document, context.CodeFixProvider, context.Scope, equivalenceKey, context.DiagnosticIds, diagnostics, context.CancellationToken)
            : new FixAllContext(context.Project, context.CodeFixProvider, context.Scope, equivalenceKey, context.DiagnosticIds, diagnostics, context.CancellationToken);
    }

    /// <summary>The diagnostics the original context would fix.</summary>
    private sealed class SameDiagnostics(FixAllContext original) : FixAllContext.DiagnosticProvider
    {
        public override async Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => await original.WithCancellationToken(cancellationToken).GetAllDiagnosticsAsync(project).ConfigureAwait(false);

        public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
            => await original.WithCancellationToken(cancellationToken).GetDocumentDiagnosticsAsync(document).ConfigureAwait(false);

        public override async Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => await original.WithCancellationToken(cancellationToken).GetProjectDiagnosticsAsync(project).ConfigureAwait(false);
    }
}
