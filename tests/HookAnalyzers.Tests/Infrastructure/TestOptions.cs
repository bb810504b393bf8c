using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace HookAnalyzers.Tests.Infrastructure;

/// <summary>
/// Global analyzer config as MSBuild would pass it: each MSBuild property <c>X</c> becomes
/// <c>build_property.X</c>. Pass plain property names such as <c>LifecycleHooksPort</c>.
/// <paramref name="editorConfig"/> holds .editorconfig entries (<c>hookanalyzers.blocking_methods</c>) that apply to every source file.
/// </summary>
public sealed class TestAnalyzerConfigOptionsProvider(IReadOnlyDictionary<string, string>? msBuildProperties, IReadOnlyDictionary<string, string>? editorConfig = null) : AnalyzerConfigOptionsProvider
{
    private readonly TestAnalyzerConfigOptions _global = new(
        (msBuildProperties ?? new Dictionary<string, string>()).ToDictionary(p => "build_property." + p.Key, p => p.Value));

    private readonly TestAnalyzerConfigOptions _files = editorConfig is null ? TestAnalyzerConfigOptions.Empty : new(editorConfig);

    public override AnalyzerConfigOptions GlobalOptions => _global;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _files;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => TestAnalyzerConfigOptions.Empty;
}

public sealed class TestAnalyzerConfigOptions(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
{
    public static readonly TestAnalyzerConfigOptions Empty = new(new Dictionary<string, string>());

    public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);

    public override IEnumerable<string> Keys => values.Keys;
}

/// <summary>An additional file (a Dockerfile, say) handed to analyzers.</summary>
public sealed class TestAdditionalText(string path, string text) : AdditionalText
{
    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
}

public static class TestAdditionalFiles
{
    public static ImmutableArray<AdditionalText> From(IEnumerable<(string Path, string Text)>? files)
        => (files ?? []).Select(f => (AdditionalText)new TestAdditionalText(f.Path, f.Text)).ToImmutableArray();
}
