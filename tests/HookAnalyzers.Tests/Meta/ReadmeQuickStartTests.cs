using System.Collections.Immutable;
using System.Text.RegularExpressions;
using HookAnalyzers.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HookAnalyzers.Tests.Meta;

/// <summary>
/// The README's quick start is a complete Program.cs: it compiles as written, with the generator
/// and the global usings a web project with ImplicitUsings gets (the SDK's and the package's),
/// without a warning and without a HOOK diagnostic.
/// </summary>
public sealed class ReadmeQuickStartTests
{
    [Fact]
    public void Props_add_the_global_using_the_quick_start_relies_on()
    {
        var props = File.ReadAllText(RepoPaths.Combine("src", "Generators", "build", "HookAnalyzers.props"));

        Assert.Contains("<Using Include=\"HookAnalyzers\" />", props, StringComparison.Ordinal);
    }

    [Fact]
    public void Quick_start_compiles_as_written_with_the_generator()
    {
        var run = GeneratorRunner.Run(Compile());

        var problems = run.OutputCompilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(problems.Count == 0, "README quick start:\n  " + string.Join("\n  ", problems));
        Assert.Contains(run.GeneratorResult.GeneratedSources, s => s.SourceText.ToString().Contains("WarmAsync", StringComparison.Ordinal));
        Assert.Contains(run.GeneratorResult.GeneratedSources, s => s.SourceText.ToString().Contains("FlushAsync", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Quick_start_has_no_HookAnalyzers_diagnostic()
    {
        var run = GeneratorRunner.Run(Compile());
        var analyzers = typeof(DiagnosticIds).Assembly.GetTypes()
            .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();

        var diagnostics = await run.OutputCompilation
            .WithAnalyzers(analyzers, new AnalyzerOptions([], new TestAnalyzerConfigOptionsProvider(null)))
            .GetAnalyzerDiagnosticsAsync();

        Assert.NotEmpty(analyzers);
        Assert.Empty(diagnostics.Where(d => d.Id.StartsWith("HOOK", StringComparison.Ordinal)));
    }

    private static Compilation Compile()
    {
        var options = TestCompilation.ParseOptions();
        return CSharpCompilation.Create(
            TestCompilation.AssemblyName,
            [CSharpSyntaxTree.ParseText(TestCompilation.ImplicitUsings(TargetRuntime.Net10), options, path: TestCompilation.ImplicitUsingsPath), CSharpSyntaxTree.ParseText(QuickStart(), options, path: "Program.cs")],
            TestCompilation.ReferencesFor(TargetRuntime.Net10),
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
    }

    /// <summary>The first C# block after the "## Quick start" heading of README.md.</summary>
    private static string QuickStart()
    {
        var readme = File.ReadAllText(RepoPaths.Combine("README.md")).Replace("\r\n", "\n");
        var section = readme[readme.IndexOf("\n## Quick start", StringComparison.Ordinal)..];
        var block = Regex.Match(section, "```csharp\n(?<code>.*?)```", RegexOptions.Singleline);
        Assert.True(block.Success, "README.md has no csharp block under ## Quick start");
        return block.Groups["code"].Value;
    }
}
