using HookAnalyzers.Analyzers.Rules;

namespace HookAnalyzers.Benchmarks;

/// <summary>
/// The interprocedural rules (HOOK0001, HOOK0002, HOOK0009) on a wide call graph: hooks call into
/// 1000 methods of fan-out 10, with a Thread.Sleep, a File.WriteAllText and a File.AppendAllText
/// five calls deep. Each run analyses a fresh CompilationWithAnalyzers, so nothing is cached
/// between runs; the yardstick is one empty operation analyzer over the same compilation.
/// </summary>
[MemoryDiagnoser]
public class CallGraphBenchmarks
{
    /// <summary>Deep enough to reach the offending calls: the whole graph is walked.</summary>
    private static readonly AnalyzerOptions Options = new(
        ImmutableArray<AdditionalText>.Empty,
        new ConfigOptions(new Dictionary<string, string> { ["hookanalyzers.blocking_call_depth"] = "6" }));

    private Compilation _compilation = null!;

    [GlobalSetup]
    public void Setup()
        => _compilation = SyntheticProject.WithGeneratedSources(SyntheticProject.Create(ordinaryFiles: 0, hookClasses: 0)
            .AddSyntaxTrees(SyntheticProject.Parse(SyntheticProject.CallGraphFile(methods: 1000, fanOut: 10), "Graph.cs")));

    [Benchmark(Baseline = true, Description = "one empty operation analyzer")]
    public Task<ImmutableArray<Diagnostic>> EmptyOperationAnalyzer()
        => _compilation.WithAnalyzers([new AnalyzerBenchmarks.EmptyInvocationAnalyzer()], Options).GetAnalyzerDiagnosticsAsync();

    [Benchmark(Description = "HOOK0001+0002")]
    public Task<ImmutableArray<Diagnostic>> BlockingRules()
        => _compilation.WithAnalyzers([new BlockingCallInHookAnalyzer(), new SyncApiWithAsyncTwinAnalyzer()], Options).GetAnalyzerDiagnosticsAsync();

    [Benchmark(Description = "HOOK0001+0002+0009")]
    public Task<ImmutableArray<Diagnostic>> InterproceduralRules()
        => _compilation.WithAnalyzers([new BlockingCallInHookAnalyzer(), new SyncApiWithAsyncTwinAnalyzer(), new NonIdempotentEffectAnalyzer()], Options).GetAnalyzerDiagnosticsAsync();

    private sealed class ConfigOptions(Dictionary<string, string> values) : AnalyzerConfigOptionsProvider
    {
        private readonly Values _values = new(values);

        public override AnalyzerConfigOptions GlobalOptions => _values;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _values;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _values;

        private sealed class Values(Dictionary<string, string> values) : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
        }
    }
}
