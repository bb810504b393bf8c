using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using HookAnalyzers.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HookAnalyzers.Benchmarks;

/// <summary>
/// All HookAnalyzers rules over a 200-file project, with and without hooks: a project without
/// hooks must pay almost nothing (the analyzers bail out at compilation start).
/// </summary>
[MemoryDiagnoser]
public class AnalyzerBenchmarks
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = typeof(Analyzers.DiagnosticIds).Assembly
        .GetTypes()
        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    private Compilation _compilation = null!;

    [Params(0, 10)]
    public int HookClasses { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        // The analyzers see the generator's output, as in a real build.
        CSharpGeneratorDriver.Create([new LifecycleHooksGenerator().AsSourceGenerator()], parseOptions: SyntheticProject.ParseOptions)
            .RunGeneratorsAndUpdateCompilation(SyntheticProject.Create(ordinaryFiles: 200, hookClasses: HookClasses), out _compilation, out _);
    }

    [Benchmark(Description = "all rules")]
    public Task<ImmutableArray<Diagnostic>> AllRules()
        => _compilation.WithAnalyzers(Analyzers).GetAnalyzerDiagnosticsAsync();
}
