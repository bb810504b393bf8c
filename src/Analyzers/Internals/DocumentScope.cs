namespace HookAnalyzers.Analyzers.Internals;

/// <summary>
/// Project-level findings in the IDE. Visual Studio and VS Code analyse the open documents by
/// default, and there compilation-end actions never run: a rule reported only at compilation end
/// is invisible while typing. So the project-level rules compute their findings once per
/// compilation (lazily, the first time a document asks) and report each one from the semantic-model
/// action of the document it is in: the open document gets its findings, the build gets all of
/// them. Findings without a place in a document (an MSBuild property) can only be reported at
/// compilation end, so they show in a build (and with full-solution analysis), not while typing;
/// their descriptors are shared with the in-document findings and carry no CompilationEnd tag.
/// </summary>
internal static class DocumentScope
{
    /// <param name="outsideDocuments">The rule can find things without a source location; those are reported at compilation end.</param>
    public static void Register(CompilationStartAnalysisContext start, Func<CancellationToken, ImmutableArray<Diagnostic>> compute, bool outsideDocuments = false)
    {
        // PublicationOnly: a cancelled first computation is not cached; the next document computes again.
        var findings = new Lazy<ImmutableArray<Diagnostic>>(() => compute(start.CancellationToken), LazyThreadSafetyMode.PublicationOnly);
        start.RegisterSemanticModelAction(document =>
        {
            foreach (var diagnostic in findings.Value)
            {
                if (diagnostic.Location.SourceTree == document.SemanticModel.SyntaxTree)
                {
                    document.ReportDiagnostic(diagnostic);
                }
            }
        });

        if (!outsideDocuments)
        {
            return;
        }

        start.RegisterCompilationEndAction(end =>
        {
            foreach (var diagnostic in findings.Value)
            {
                if (!diagnostic.Location.IsInSource)
                {
                    end.ReportDiagnostic(diagnostic);
                }
            }
        });
    }
}

/// <summary>What a project rule reports into: collected, then placed by <see cref="DocumentScope"/>.</summary>
internal sealed class ProjectFindings
{
    private readonly ImmutableArray<Diagnostic>.Builder _diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();

    public ProjectFindings(CancellationToken cancellationToken) => CancellationToken = cancellationToken;

    public CancellationToken CancellationToken { get; }

    public void ReportDiagnostic(Diagnostic diagnostic) => _diagnostics.Add(diagnostic);

    public ImmutableArray<Diagnostic> ToImmutable() => _diagnostics.ToImmutable();
}
