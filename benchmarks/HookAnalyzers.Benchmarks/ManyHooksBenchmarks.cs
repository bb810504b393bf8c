namespace HookAnalyzers.Benchmarks;

/// <summary>
/// A project with 1000 hook methods (500 hook files of one [PostStart] and one [PreStop]) next to
/// 200 ordinary files: what the whole-project rules (HOOK0014-HOOK0020) cost when each would
/// otherwise read every hook and every setting itself, against all rules and the yardstick.
/// </summary>
[MemoryDiagnoser]
public class ManyHooksBenchmarks
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> ProjectRules = SyntheticProject.AllRules
        .Where(a => a.SupportedDiagnostics.Any(d => string.CompareOrdinal(d.Id, "HOOK0014") >= 0 && string.CompareOrdinal(d.Id, "HOOK0020") <= 0))
        .ToImmutableArray();

    private Compilation _compilation = null!;

    [GlobalSetup]
    public void Setup()
    {
        _compilation = SyntheticProject.WithGeneratedSources(SyntheticProject.Create(ordinaryFiles: 200, hookClasses: 500));
        if (ProjectRules.Length != 7)
        {
            throw new InvalidOperationException($"expected the 7 project rules HOOK0014-HOOK0020, found {ProjectRules.Length}");
        }
    }

    [Benchmark(Baseline = true, Description = "one empty operation analyzer")]
    public Task<ImmutableArray<Diagnostic>> EmptyOperationAnalyzer()
        => _compilation.WithAnalyzers([new AnalyzerBenchmarks.EmptyInvocationAnalyzer()]).GetAnalyzerDiagnosticsAsync();

    [Benchmark(Description = "project rules HOOK0014-HOOK0020")]
    public Task<ImmutableArray<Diagnostic>> ProjectRulesOnly()
        => _compilation.WithAnalyzers(ProjectRules).GetAnalyzerDiagnosticsAsync();

    [Benchmark(Description = "all rules")]
    public Task<ImmutableArray<Diagnostic>> AllRules()
        => _compilation.WithAnalyzers(SyntheticProject.AllRules).GetAnalyzerDiagnosticsAsync();
}
