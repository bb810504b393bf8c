using System.Text.RegularExpressions;
using HookAnalyzers.Generators;
using HookAnalyzers.Generators.Emit;
using HookAnalyzers.Generators.Model;
using Microsoft.CodeAnalysis;

namespace HookAnalyzers.Tests.Generators;

/// <summary>
/// The generated files, reviewed once and kept in _snapshots/ (Verify naming). A change to the
/// generator shows up as a *.received.cs diff; HOOKS_ACCEPT=1 accepts it.
/// </summary>
public sealed class GeneratedSourcesSnapshotTests
{
    /// <summary>Every shape of hook the parser accepts, and settings from both places.</summary>
    private static readonly string RepresentativeApp = """
        using System.Threading;
        using System.Threading.Tasks;
        using HookAnalyzers;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.Extensions.Logging;

        // DrainDelaySeconds is also set as an MSBuild property by the test, which wins.
        [assembly: LifecycleHooks(Port = 9090, DrainDelaySeconds = 2, DefaultTimeoutSeconds = 7, PathBase = "/hooks")]

        namespace Shop;

        public interface ICache { Task LoadAsync(CancellationToken cancellationToken); }
        public interface IOutbox { ValueTask FlushAsync(CancellationToken cancellationToken); }
        public interface IMetrics { }

        /// <summary>Instance hook; its constructor takes services (used when the class is not registered).</summary>
        public sealed class CacheWarmer(ICache cache, ILogger<CacheWarmer> logger)
        {
            [PostStart(Order = 10, TimeoutSeconds = 20)]
            public Task WarmAsync(CancellationToken cancellationToken) { logger.LogDebug("warming"); return cache.LoadAsync(cancellationToken); }
        }

        /// <summary>Instance hook on a type that can only come from DI.</summary>
        public abstract class Registration
        {
            [PreStop(Order = 0, TimeoutSeconds = 4)]
            public abstract Task DeregisterAsync(CancellationToken cancellationToken);
        }

        public static class OutboxHooks
        {
            /// <summary>Static, ValueTask, required and optional services, token.</summary>
            [PreStop(Order = 10, TimeoutSeconds = 8)]
            public static ValueTask FlushAsync(IOutbox outbox, IMetrics? metrics, CancellationToken cancellationToken) => outbox.FlushAsync(cancellationToken);
        }

        public static class StartupChecks
        {
            /// <summary>void, default timeout, ties with Shop.Zeta.Check at Order 0.</summary>
            [PostStart]
            internal static void Check(ILogger<CacheWarmer> logger) { }
        }

        public static class Zeta
        {
            [PostStart]
            public static Task Check() => Task.CompletedTask;
        }

        """ + TestPrograms.WebMain();

    private const string InvalidHooks = """
        using System.Threading.Tasks;
        using HookAnalyzers;

        namespace Shop;

        public sealed class Hooks
        {
            [PostStart]
            private static void Private() { }

            [PostStart]
            public static void Generic<T>() { }

            [PreStop]
            public static int WrongReturn() => 0;

            [PreStop]
            public static void ValueParameter(int count) { }

            // The only valid one: the registry lists it alone.
            [PreStop]
            public static Task Valid() => Task.CompletedTask;
        }
        """;

    [Fact]
    public void Representative_app()
    {
        var compilation = TestCompilation.Create(TargetRuntime.Net10, OutputKind.ConsoleApplication, RepresentativeApp);
        var run = GeneratorRunner.Run(compilation, new Dictionary<string, string> { ["LifecycleHooksDrainDelaySeconds"] = "4" });

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(TestCompilation.WarningsAndErrors(run.OutputCompilation));

        // The attributes and the runtime files are fixed text (src/Generators/Templates, reviewed there):
        // emitted verbatim, so they are compared with the templates rather than kept twice as snapshots.
        Assert.Equal(Templates.Attributes, run.Source(LifecycleHooksGenerator.AttributesHintName));
        foreach (var template in Templates.RuntimeFor(HostKind.Web))
        {
            Assert.Equal(template.Text, run.Source(template.HintName));
        }

        Assert.Equal(
            ["LifecycleHooks.Attributes.g.cs", "LifecycleHooks.Drain.g.cs", "LifecycleHooks.Endpoints.g.cs", "LifecycleHooks.ExecClient.g.cs", "LifecycleHooks.Hosting.g.cs",
             "LifecycleHooks.Log.g.cs", "LifecycleHooks.Manifest.g.cs", "LifecycleHooks.Outcome.g.cs", "LifecycleHooks.Readiness.g.cs", "LifecycleHooks.Registry.g.cs",
             "LifecycleHooks.Runner.g.cs", "LifecycleHooks.Status.g.cs", "LifecycleHooks.UnixSocket.g.cs", "LifecycleHooks.WebHosting.g.cs",
             "LifecycleHooks.WireNames.g.cs", "Microsoft.CodeAnalysis.EmbeddedAttribute.cs"],
            run.GeneratorResult.GeneratedSources.Select(s => s.HintName).Order(StringComparer.Ordinal));
        // Templates name wire values in doc comments as {WireNames.X}: every one is filled in.
        Assert.DoesNotContain(run.GeneratorResult.GeneratedSources, s => s.SourceText.ToString().Contains("{WireNames.", StringComparison.Ordinal));
        Snapshot.VerifyGeneratedSources(
            run.GeneratorResult,
            hint => hint is LifecycleHooksGenerator.RegistryHintName or LifecycleHooksGenerator.WireNamesHintName);

        // The manifest file's layout is pinned by ManifestSnapshotTests; here, that it carries this app's
        // settings from both places (port and path base from the attribute, drain delay from MSBuild) and its hooks.
        var manifest = run.Source(LifecycleHooksGenerator.ManifestHintName);
        Assert.Contains("path: /hooks/pre-stop", manifest, StringComparison.Ordinal);
        Assert.Contains("port: 9090", manifest, StringComparison.Ordinal);
        Assert.Contains("terminationGracePeriodSeconds: 28 (drain + preStop methods + shutdown + 2: 4 + 12 + 10 + 2 = 28)", manifest, StringComparison.Ordinal);
        Assert.Contains("Summary = \"3 postStart, 2 preStop, grace 28 s\";", manifest, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_hooks_are_skipped_silently()
    {
        var run = GeneratorRunner.RunOnSources(InvalidHooks);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.GeneratorResult.Diagnostics);
        Assert.Null(run.GeneratorResult.Exception);
        // The registry's layout is pinned by Representative_app; here, that it lists the valid hook alone.
        var registry = run.Source(LifecycleHooksGenerator.RegistryHintName);
        Assert.Contains("PostStart = global::System.Array.Empty<LifecycleHookMethod>();", registry, StringComparison.Ordinal);
        Assert.Equal(
            ["Hooks.Valid"],
            Regex.Matches(registry, "new LifecycleHookMethod\\(\"([^\"]+)\"").Select(m => m.Groups[1].Value));
        Assert.Contains("return new global::System.Threading.Tasks.ValueTask(global::Shop.Hooks.Valid());", registry, StringComparison.Ordinal);
    }
}
