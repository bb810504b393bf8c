using System.Collections.Immutable;
using HookAnalyzers.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace HookAnalyzers.Tests.Infrastructure;

/// <summary>The result of running <see cref="LifecycleHooksGenerator"/> over a compilation.</summary>
public sealed record GeneratorRun(GeneratorDriver Driver, Compilation OutputCompilation, ImmutableArray<Diagnostic> GeneratorDiagnostics)
{
    public GeneratorDriverRunResult Result => Driver.GetRunResult();

    public GeneratorRunResult GeneratorResult => Result.Results.Single();

    /// <summary>The text of one generated file, by hint name (e.g. "LifecycleHooks.Registry.g.cs").</summary>
    public string Source(string hintName)
        => GeneratorResult.GeneratedSources.Single(s => s.HintName == hintName).SourceText.ToString();

    public bool HasSource(string hintName) => GeneratorResult.GeneratedSources.Any(s => s.HintName == hintName);
}

/// <summary>Runs the generator in memory with step tracking on, as the caching tests need.</summary>
public static class GeneratorRunner
{
    public static GeneratorDriver CreateDriver(
        IReadOnlyDictionary<string, string>? msBuildProperties = null,
        TargetRuntime runtime = TargetRuntime.Net10)
        => CSharpGeneratorDriver.Create(
            [new LifecycleHooksGenerator().AsSourceGenerator()],
            additionalTexts: [],
            parseOptions: TestCompilation.ParseOptions(runtime),
            optionsProvider: new TestAnalyzerConfigOptionsProvider(msBuildProperties),
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public static GeneratorRun Run(Compilation compilation, IReadOnlyDictionary<string, string>? msBuildProperties = null, TargetRuntime runtime = TargetRuntime.Net10)
        => Run(CreateDriver(msBuildProperties, runtime), compilation);

    public static GeneratorRun Run(GeneratorDriver driver, Compilation compilation)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return new GeneratorRun(driver, output, diagnostics);
    }

    /// <summary>Parses the sources, runs the generator and returns the run (output compilation included).</summary>
    public static GeneratorRun RunOnSources(params string[] sources) => Run(TestCompilation.Create(sources));
}
