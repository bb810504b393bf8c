namespace HookAnalyzers.Benchmarks;

/// <summary>
/// All HookAnalyzers rules over a 200-file project, with and without hooks: a project without
/// hooks must pay almost nothing (the analyzers bail out at compilation start).
/// </summary>
[MemoryDiagnoser]
public class AnalyzerBenchmarks
{
    private Compilation _compilation = null!;

    [Params(0, 10)]
    public int HookClasses { get; set; }

    [GlobalSetup]
    public void Setup()
        => _compilation = SyntheticProject.WithGeneratedSources(SyntheticProject.Create(ordinaryFiles: 200, hookClasses: HookClasses));

    /// <summary>
    /// The floor: one analyzer that only asks for every invocation. Running any operation analyzer
    /// binds every method body of the (fresh) compilation, which is most of the time here.
    /// </summary>
    [Benchmark(Baseline = true, Description = "one empty operation analyzer")]
    public Task<ImmutableArray<Diagnostic>> EmptyOperationAnalyzer()
        => _compilation.WithAnalyzers([new EmptyInvocationAnalyzer()]).GetAnalyzerDiagnosticsAsync();

    [Benchmark(Description = "all rules")]
    public Task<ImmutableArray<Diagnostic>> AllRules()
        => _compilation.WithAnalyzers(SyntheticProject.AllRules).GetAnalyzerDiagnosticsAsync();

    // A yardstick that lives only in this benchmark, never in a shipped analyzer assembly.
#pragma warning disable RS1041, RS1036, RS2008
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    internal sealed class EmptyInvocationAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new("BENCH0001", "Nothing", "Nothing", "Benchmark", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterOperationAction(static _ => { }, OperationKind.Invocation);
        }
    }
#pragma warning restore RS1041, RS1036, RS2008
}
