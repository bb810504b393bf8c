using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using HookAnalyzers.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HookAnalyzers.Benchmarks;

/// <summary>
/// A project with 1000 hook methods (500 hook files of one [PostStart] and one [PreStop]) next to
/// 200 ordinary files: what the whole-project rules (HOOK0014-HOOK0020) cost when each would
/// otherwise read every hook and every setting itself, against all rules and the yardstick.
/// </summary>
[MemoryDiagnoser]
public class ManyHooksBenchmarks
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> AllAnalyzers = typeof(Analyzers.DiagnosticIds).Assembly
        .GetTypes()
        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    private static readonly ImmutableArray<DiagnosticAnalyzer> ProjectRules = AllAnalyzers
        .Where(a => a.SupportedDiagnostics.Any(d => string.CompareOrdinal(d.Id, "HOOK0014") >= 0 && string.CompareOrdinal(d.Id, "HOOK0020") <= 0))
        .ToImmutableArray();

    private Compilation _compilation = null!;

    [GlobalSetup]
    public void Setup()
    {
        CSharpGeneratorDriver.Create([new LifecycleHooksGenerator().AsSourceGenerator()], parseOptions: SyntheticProject.ParseOptions)
            .RunGeneratorsAndUpdateCompilation(SyntheticProject.Create(ordinaryFiles: 200, hookClasses: 500), out _compilation, out _);
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
        => _compilation.WithAnalyzers(AllAnalyzers).GetAnalyzerDiagnosticsAsync();
}
