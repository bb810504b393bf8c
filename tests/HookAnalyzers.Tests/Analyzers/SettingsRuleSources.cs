namespace HookAnalyzers.Tests.Analyzers;

/// <summary>
/// Test sources shared by the rules that judge the project's settings (HOOK0014 to HOOK0020): an
/// assembly-level <c>[LifecycleHooks(...)]</c>, or none, over a few typical hook methods.
/// </summary>
internal static class SettingsRuleSources
{
    /// <summary>A postStart hook only: preStop is then just the drain delay, emitted as a sleep.</summary>
    public const string CacheWarmer = """

        public interface ICache { Task LoadAsync(CancellationToken ct); }

        public sealed class CacheWarmer(ICache cache)
        {
            [PostStart(TimeoutSeconds = 20)]
            public Task WarmAsync(CancellationToken ct) => cache.LoadAsync(ct);
        }
        """;

    /// <summary>A preStop hook: it serves the drain itself, so no sleep is emitted.</summary>
    public const string Deregister = """

        public static class Registry
        {
            [PreStop]
            public static void Deregister() { }
        }
        """;

    /// <summary>One preStop method that does nothing, under <paramref name="attribute"/> (markup allowed) with <paramref name="access"/>.</summary>
    public static string Checkpoint(string attribute, string access = "public") => $$"""

        public static class Checkpoints
        {
            [{{attribute}}]
            {{access}} static Task WriteAsync(CancellationToken ct) => Task.CompletedTask;
        }
        """;

    /// <summary>The settings (an assembly attribute, or empty) over <paramref name="hooks"/>.</summary>
    public static string App(string settings, string hooks = CacheWarmer) => settings + "\n" + hooks;

    /// <summary>
    /// Options that set <paramref name="settings"/> as MSBuild properties (<c>LifecycleHooks&lt;Setting&gt;</c>);
    /// <paramref name="reportedWithoutLocation"/> is the rule expected on them, since a property has no source line.
    /// </summary>
    public static AnalyzerTestOptions FromMsBuild(string? reportedWithoutLocation, params (string Setting, string Value)[] settings) => new()
    {
        MsBuildProperties = settings.ToDictionary(s => "LifecycleHooks" + s.Setting, s => s.Value),
        ExpectedWithoutLocation = reportedWithoutLocation is null ? [] : [reportedWithoutLocation],
    };
}
