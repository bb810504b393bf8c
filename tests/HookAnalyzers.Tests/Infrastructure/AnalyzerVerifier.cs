using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit.Sdk;

namespace HookAnalyzers.Tests.Infrastructure;

/// <summary>What an analyzer test compiles besides the main markup source.</summary>
public sealed record AnalyzerTestOptions
{
    public static readonly AnalyzerTestOptions Default = new();

    /// <summary>MSBuild properties such as <c>LifecycleHooksPort</c>, seen as build_property.* by generator and analyzers.</summary>
    public IReadOnlyDictionary<string, string>? MsBuildProperties { get; init; }

    /// <summary>.editorconfig entries for every source file, e.g. <c>hookanalyzers.blocking_methods</c>.</summary>
    public IReadOnlyDictionary<string, string>? EditorConfig { get; init; }

    /// <summary>Additional files (a Dockerfile, say); their text may carry markup too.</summary>
    public IReadOnlyList<(string Path, string Markup)> AdditionalFiles { get; init; } = [];

    /// <summary>More C# sources without markup.</summary>
    public IReadOnlyList<string> OtherSources { get; init; } = [];

    /// <summary>ConsoleApplication for tests with top-level statements (Program.cs).</summary>
    public OutputKind OutputKind { get; init; } = OutputKind.DynamicallyLinkedLibrary;

    /// <summary>The references: a web app by default; a worker service or a project without any host.</summary>
    public TargetRuntime Runtime { get; init; } = TargetRuntime.Net10;

    /// <summary>Ids expected on diagnostics without a source location (e.g. an invalid MSBuild property).</summary>
    public IReadOnlyList<string> ExpectedWithoutLocation { get; init; } = [];

    /// <summary>Most tests must compile; set for tests of code that deliberately does not.</summary>
    public bool AllowCompilerErrors { get; init; }

    /// <summary>
    /// The global usings of a project with ImplicitUsings (the default of the SDK templates) and the
    /// package's <c>global using HookAnalyzers;</c>, so test sources show only what they are about.
    /// Off for tests of what a file imports itself (a fix that adds a using, say).
    /// </summary>
    public bool ImplicitUsings { get; init; } = true;

    /// <summary>Without <see cref="ImplicitUsings"/>: the test source imports all it uses.</summary>
    public AnalyzerTestOptions WithExplicitUsings() => this with { ImplicitUsings = false };

    /// <summary>The compilation of <paramref name="source"/> (Test0.cs) and the other sources, before the generator.</summary>
    public Microsoft.CodeAnalysis.CSharp.CSharpCompilation Compile(string source)
        => TestCompilation.Create(Runtime, OutputKind, ImplicitUsings, [source, .. OtherSources]);
}

/// <summary>
/// Runs one analyzer over markup source, after the generator (so [PostStart], [PreStop] and the
/// generated AddLifecycleHooks/MapLifecycleHooks exist), and compares its diagnostics with the
/// markup: every expected one must be reported at exactly its span, and nothing else.
/// </summary>
public static class AnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static Task VerifyAsync(string markup) => VerifyAsync(markup, AnalyzerTestOptions.Default);

    public static async Task VerifyAsync(string markup, AnalyzerTestOptions options)
    {
        var (source, expected) = Markup.Parse(markup);
        var additional = options.AdditionalFiles.Select(f => (f.Path, Parsed: Markup.Parse(f.Markup))).ToList();
        var analyzer = new TAnalyzer();
        var defaultId = analyzer.SupportedDiagnostics[0].Id;

        var actual = await GetDiagnosticsAsync(source, options with
        {
            AdditionalFiles = additional.Select(f => (f.Path, f.Parsed.Source)).ToList(),
        });

        var expectedLines = expected.Select(e => Describe(e.Id ?? defaultId, "Test0.cs", e.Span, source))
            .Concat(additional.SelectMany(f => f.Parsed.Expected.Select(e => Describe(e.Id ?? defaultId, f.Path, e.Span, f.Parsed.Source))))
            .Concat(options.ExpectedWithoutLocation.Select(id => $"{id} <no location>"))
            .OrderBy(l => l, StringComparer.Ordinal)
            .ToList();
        var actualLines = actual.Select(Describe).OrderBy(l => l, StringComparer.Ordinal).ToList();

        if (!expectedLines.SequenceEqual(actualLines))
        {
            throw new XunitException(
                "Diagnostics differ.\nExpected:\n  " + string.Join("\n  ", expectedLines)
                + "\nActual:\n  " + string.Join("\n  ", actual.Select(d => Describe(d) + " " + d.GetMessage())));
        }
    }

    /// <summary>
    /// <see cref="VerifyAsync(string, AnalyzerTestOptions)"/> for markup that expects exactly one diagnostic,
    /// returned so the test can check what the span cannot show: its message or severity.
    /// </summary>
    public static async Task<Diagnostic> VerifySingleAsync(string markup, AnalyzerTestOptions? options = null)
    {
        options ??= AnalyzerTestOptions.Default;
        await VerifyAsync(markup, options);
        var diagnostics = await GetDiagnosticsAsync(Markup.Parse(markup).Source, options);
        return diagnostics.Length == 1
            ? diagnostics[0]
            : throw new XunitException($"Expected one diagnostic, got {diagnostics.Length}:\n  " + string.Join("\n  ", diagnostics));
    }

    /// <summary>The analyzer's diagnostics in the test source, the additional files, or without location.</summary>
    public static async Task<ImmutableArray<Diagnostic>> GetDiagnosticsAsync(string source, AnalyzerTestOptions? options = null)
    {
        options ??= AnalyzerTestOptions.Default;
        var run = GeneratorRunner.Run(options.Compile(source), options.MsBuildProperties);

        if (!options.AllowCompilerErrors)
        {
            var errors = run.OutputCompilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            if (errors.Count > 0)
            {
                throw new XunitException("The test source does not compile:\n  " + string.Join("\n  ", errors));
            }
        }

        var analyzerOptions = new AnalyzerOptions(
            TestAdditionalFiles.From(options.AdditionalFiles),
            new TestAnalyzerConfigOptionsProvider(options.MsBuildProperties, options.EditorConfig));
        var diagnostics = await run.OutputCompilation
            .WithAnalyzers([new TAnalyzer()], analyzerOptions)
            .GetAnalyzerDiagnosticsAsync();

        // Only what a user would see in their own files: the generated files are not theirs.
        return diagnostics
            .Where(d => d.Location == Location.None
                || d.Location.SourceTree?.FilePath.StartsWith("Test", StringComparison.Ordinal) == true
                || d.Location.Kind == LocationKind.ExternalFile)
            .ToImmutableArray();
    }

    private static string Describe(Diagnostic diagnostic)
    {
        if (diagnostic.Location == Location.None)
        {
            return $"{diagnostic.Id} <no location>";
        }

        var span = diagnostic.Location.GetLineSpan();
        return $"{diagnostic.Id} {Path.GetFileName(span.Path)} ({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})-({span.EndLinePosition.Line + 1},{span.EndLinePosition.Character + 1})";
    }

    private static string Describe(string id, string path, TextSpan span, string source)
    {
        var lines = SourceText.From(source).Lines.GetLinePositionSpan(span);
        return $"{id} {Path.GetFileName(path)} ({lines.Start.Line + 1},{lines.Start.Character + 1})-({lines.End.Line + 1},{lines.End.Character + 1})";
    }
}
