using HookAnalyzers.Generators;

namespace HookAnalyzers.Benchmarks;

/// <summary>
/// The generator's cost in the IDE: a first run over a whole project, and the run after a
/// keystroke in an unrelated file (which must be served from the cache).
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _edited = null!;
    private GeneratorDriver _warmDriver = null!;

    [Params(0, 10)]
    public int HookClasses { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _compilation = SyntheticProject.Create(ordinaryFiles: 200, hookClasses: HookClasses);
        var unrelated = _compilation.SyntaxTrees.First(t => t.FilePath == "Ordinary42.cs");
        _edited = _compilation.ReplaceSyntaxTree(unrelated, SyntheticProject.Parse(SyntheticProject.OrdinaryFile(42, bodyVariant: 1), "Ordinary42.cs"));
        _warmDriver = CreateDriver().RunGenerators(_compilation);
    }

    [Benchmark(Description = "first run")]
    public GeneratorDriver FirstRun() => CreateDriver().RunGenerators(_compilation);

    [Benchmark(Description = "unrelated edit")]
    public GeneratorDriver UnrelatedEdit() => _warmDriver.RunGenerators(_edited);

    private static GeneratorDriver CreateDriver()
        => CSharpGeneratorDriver.Create([new LifecycleHooksGenerator().AsSourceGenerator()], parseOptions: SyntheticProject.ParseOptions);
}
