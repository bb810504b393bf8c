using System.Collections.Immutable;
using System.IO;

namespace HookAnalyzers.Generators.Emit;

/// <summary>One fixed source file: its embedded text and the hint name it is emitted under.</summary>
internal sealed record Template(string HintName, string Text);

/// <summary>Fixed source text kept as embedded resources under Templates/ (see the csproj).</summary>
internal static class Templates
{
    public static readonly string Attributes = Load("LifecycleHooks.Attributes.cs");

    /// <summary>The runtime, one file per concern; emitted for every project that can host it.</summary>
    public static readonly ImmutableArray<Template> Runtime = ImmutableArray.Create(
        RuntimeFile("Outcome"),
        RuntimeFile("Runner"),
        RuntimeFile("Endpoints"),
        RuntimeFile("ExecClient"),
        RuntimeFile("Hosting"),
        RuntimeFile("Log"));

    private static Template RuntimeFile(string concern)
        => new("LifecycleHooks." + concern + ".g.cs", Load("LifecycleHooks." + concern + ".cs"));

    private static string Load(string name)
    {
        using var stream = typeof(Templates).Assembly.GetManifestResourceStream("HookAnalyzers.Templates." + name)
            ?? throw new FileNotFoundException("Missing embedded template " + name);
        using var reader = new StreamReader(stream);

        // One line ending everywhere, so generated text is byte-identical on every OS.
        return WireNamesEmitter.FillPlaceholders(reader.ReadToEnd().Replace("\r\n", "\n"));
    }
}
