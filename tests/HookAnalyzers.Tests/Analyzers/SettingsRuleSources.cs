namespace HookAnalyzers.Tests.Analyzers;

/// <summary>
/// Test sources shared by the rules that judge the project's settings (HOOK0014 to HOOK0020): an
/// assembly-level <c>[LifecycleHooks(...)]</c>, or none, over a few typical hook methods.
/// </summary>
internal static class SettingsRuleSources
{
    public const string Usings = """
        using System.Threading;
        using System.Threading.Tasks;
        using HookAnalyzers;

        """;

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

    /// <summary>The settings (an assembly attribute, or empty) over <paramref name="hooks"/>.</summary>
    public static string App(string settings, string hooks = CacheWarmer) => Usings + settings + "\n" + hooks;
}
