using System.IO;

namespace HookAnalyzers.Generators.Emit;

/// <summary>Fixed source text kept as embedded resources under Templates/ (see the csproj).</summary>
internal static class Templates
{
    public static readonly string Attributes = Load("LifecycleHooks.Attributes.cs");
    public static readonly string Runtime = Load("LifecycleHooks.Runtime.cs") + "\n" + Load("LifecycleHooks.Drain.cs") + "\n" + Load("LifecycleHooks.Readiness.cs");

    private static string Load(string name)
    {
        using var stream = typeof(Templates).Assembly.GetManifestResourceStream("HookAnalyzers.Templates." + name)
            ?? throw new FileNotFoundException("Missing embedded template " + name);
        using var reader = new StreamReader(stream);

        // One line ending everywhere, so generated text is byte-identical on every OS.
        return reader.ReadToEnd().Replace("\r\n", "\n");
    }
}
