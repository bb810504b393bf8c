using HookAnalyzers.Generators;

namespace HookAnalyzers.Benchmarks;

/// <summary>A web project of a realistic size: many ordinary files, a few hook classes.</summary>
internal static class SyntheticProject
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly MetadataReference[] References = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
        .Split(Path.PathSeparator)
        .Where(p => p.Contains("Microsoft.NETCore.App", StringComparison.Ordinal) || p.Contains("Microsoft.AspNetCore.App", StringComparison.Ordinal))
        .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
        .ToArray();

    public static CSharpCompilation Create(int ordinaryFiles, int hookClasses)
    {
        var trees = new List<SyntaxTree>();
        for (var i = 0; i < ordinaryFiles; i++)
        {
            trees.Add(Parse(OrdinaryFile(i), $"Ordinary{i}.cs"));
        }

        for (var i = 0; i < hookClasses; i++)
        {
            trees.Add(Parse(HookFile(i), $"Hooks{i}.cs"));
        }

        return CSharpCompilation.Create(
            "Synthetic",
            trees,
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    /// <summary>Every HookAnalyzers rule, as the package ships them.</summary>
    public static readonly ImmutableArray<DiagnosticAnalyzer> AllRules = typeof(Analyzers.DiagnosticIds).Assembly
        .GetTypes()
        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    /// <summary>The project with the generator's output added: the analyzers see what a real build gives them.</summary>
    public static Compilation WithGeneratedSources(Compilation project)
    {
        CSharpGeneratorDriver.Create([new LifecycleHooksGenerator().AsSourceGenerator()], parseOptions: ParseOptions)
            .RunGeneratorsAndUpdateCompilation(project, out var compilation, out _);
        return compilation;
    }

    public static SyntaxTree Parse(string text, string path) => CSharpSyntaxTree.ParseText(text, ParseOptions, path);

    /// <summary>An ordinary service with a body the benchmark edits (an "unrelated edit").</summary>
    public static string OrdinaryFile(int index, int bodyVariant = 0) => $$"""
        using System.Threading;
        using System.Threading.Tasks;
        namespace App.Services{{index}};
        public sealed class Service{{index}}
        {
            private int _count;
            public async Task<int> HandleAsync(int value, CancellationToken ct)
            {
                await Task.Delay(1, ct);
                _count += value + {{bodyVariant}};
                return _count;
            }
        }
        """;

    public static string HookFile(int index) => $$"""
        using System.Threading;
        using System.Threading.Tasks;
        using HookAnalyzers;
        namespace App.Hooks{{index}};
        public sealed class Warmer{{index}}(App.Services0.Service0 service)
        {
            [PostStart(Order = {{index}}, TimeoutSeconds = 5)]
            public Task WarmAsync(CancellationToken ct) => service.HandleAsync({{index}}, ct);
        }
        public static class Flusher{{index}}
        {
            [PreStop(Order = {{index}}, TimeoutSeconds = 2)]
            public static Task FlushAsync(CancellationToken ct) => Task.Delay(1, ct);
        }
        """;

    /// <summary>
    /// <paramref name="methods"/> methods where method i calls methods i*fanOut+1 .. i*fanOut+fanOut
    /// (a tree, plus a call back to method 0 from every leaf so the walk meets cycles), and hooks
    /// that call method 0 through an entry method. The offending calls sit in the last method, five methods down.
    /// </summary>
    public static string CallGraphFile(int methods, int fanOut)
    {
        var builder = new System.Text.StringBuilder();
        builder.AppendLine("using System.IO; using System.Threading; using System.Threading.Tasks; using HookAnalyzers;");
        builder.AppendLine("namespace App.Graph;");
        builder.AppendLine("public static class Graph {");
        for (var i = 0; i < methods; i++)
        {
            builder.Append("  public static void M").Append(i).Append("(int n) { n++;");
            var first = i * fanOut + 1;
            if (first >= methods)
            {
                builder.Append(" if (n > 100) M0(n);");
            }

            for (var c = first; c < first + fanOut && c < methods; c++)
            {
                builder.Append(" M").Append(c).Append("(n);");
            }

            if (i == methods - 1)
            {
                builder.Append(" Thread.Sleep(n); File.WriteAllText(\"/tmp/x\", \"x\"); File.AppendAllText(\"/tmp/y\", \"y\");");
            }

            builder.AppendLine(" }");
        }

        builder.AppendLine("}");
        builder.AppendLine("public static class GraphHooks {");
        builder.AppendLine("  [PostStart] public static void Start() => Entry(0);");
        builder.AppendLine("  [PreStop] public static void Stop() => Entry(1);");
        builder.AppendLine("  private static void Entry(int n) => Graph.M0(n);");
        builder.AppendLine("}");
        return builder.ToString();
    }
}
