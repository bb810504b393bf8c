using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using HookAnalyzers.Generators.Model;
using System.IO;

namespace HookAnalyzers.Generators.Emit;

/// <summary>One fixed source file: its embedded text and the hint name it is emitted under.</summary>
/// <param name="OnlyFor">The one host kind it is emitted for (it needs ASP.NET Core, or must not meet it), or null for every host.</param>
internal sealed record Template(string HintName, string Text, HostKind? OnlyFor);

/// <summary>Fixed source text kept as embedded resources under Templates/ (see the csproj).</summary>
internal static class Templates
{
    public static readonly string Attributes = Load("LifecycleHooks.Attributes.cs");

    /// <summary>The runtime, one file per concern; emitted for every project that can host it.</summary>
    public static readonly ImmutableArray<Template> Runtime = ImmutableArray.Create(
        RuntimeFile("Outcome"),
        RuntimeFile("Status"),
        RuntimeFile("Runner"),
        RuntimeFile("Endpoints", HostKind.Web),
        RuntimeFile("ExecClient"),
        RuntimeFile("Hosting"),
        RuntimeFile("Drain", HostKind.Web),
        RuntimeFile("Readiness", HostKind.Web),
        RuntimeFile("WebHosting", HostKind.Web),
        RuntimeFile("WorkerHosting", HostKind.Worker),
        RuntimeFile("UnixSocket"),
        RuntimeFile("Log"));

    /// <summary>The runtime files a host of this kind compiles: all of them in a web app, no ASP.NET Core in a worker.</summary>
    public static IEnumerable<Template> RuntimeFor(HostKind host)
        => host == HostKind.None ? Enumerable.Empty<Template>() : Runtime.Where(t => t.OnlyFor is null || t.OnlyFor == host);

    private static Template RuntimeFile(string concern, HostKind? onlyFor = null)
        => new("LifecycleHooks." + concern + ".g.cs", Load("LifecycleHooks." + concern + ".cs"), onlyFor);

    private static string Load(string name)
    {
        using var stream = typeof(Templates).Assembly.GetManifestResourceStream("HookAnalyzers.Templates." + name)
            ?? throw new FileNotFoundException("Missing embedded template " + name);
        using var reader = new StreamReader(stream);

        // One line ending everywhere, so generated text is byte-identical on every OS.
        return WireNamesEmitter.FillPlaceholders(reader.ReadToEnd().Replace("\r\n", "\n"));
    }
}
