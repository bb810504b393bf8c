using Verify = HookAnalyzers.Tests.Infrastructure.AnalyzerVerifier<HookAnalyzers.Analyzers.Rules.InvalidSettingAnalyzer>;

namespace HookAnalyzers.Tests.Analyzers;

using static SettingsRuleSources;

public sealed class HOOK0020_InvalidSettingTests
{
    private const string Hooks = """

        public interface IOutbox { Task FlushAsync(CancellationToken ct); }

        public static class Outbox
        {
            [PreStop(TimeoutSeconds = 8)]
            public static Task FlushAsync(IOutbox outbox, CancellationToken ct) => outbox.FlushAsync(ct);
        }
        """;

    /// <summary>A worker service's hooks are always on its Unix socket: settings that say otherwise would be ignored without a word.</summary>
    [Fact]
    public Task Worker_settings_that_cannot_apply_are_reported()
        => Verify.VerifyAsync("""
            [assembly: LifecycleHooks([|Transport = LifecycleHookTransport.Tcp|], [|PreStopHandler = LifecycleHookHandler.HttpGet|], [|ReadinessProbe = true|])]
            """ + Hooks, AnalyzerTestOptions.Default with { Runtime = TargetRuntime.Net10Worker });

    [Fact]
    public Task Worker_settings_that_agree_with_the_socket_are_not_reported()
        => Verify.VerifyAsync("""
            [assembly: LifecycleHooks(Transport = LifecycleHookTransport.UnixSocket, PreStopHandler = LifecycleHookHandler.Exec, ReadinessProbe = false)]
            """ + Hooks, AnalyzerTestOptions.Default with { Runtime = TargetRuntime.Net10Worker });

    [Fact]
    public Task The_same_settings_are_valid_in_a_web_app()
        => Verify.VerifyAsync("""
            [assembly: LifecycleHooks(Transport = LifecycleHookTransport.Tcp, PreStopHandler = LifecycleHookHandler.HttpGet, ReadinessProbe = true)]
            """ + Hooks);

    [Fact]
    public Task Out_of_range_port_is_reported_on_its_argument()
        => Verify.VerifyAsync("""
            [assembly: LifecycleHooks([|Port = 70000|], DrainDelaySeconds = 5)]
            """ + Hooks);

    [Fact]
    public Task Every_invalid_argument_is_reported()
        => Verify.VerifyAsync("""
            [assembly: LifecycleHooks([|PathBase = "lifecycle/"|], [|ContainerName = "Order_Service"|], [|KubernetesVersion = "latest"|])]
            """ + Hooks);

    [Fact]
    public Task A_readiness_probe_path_without_a_leading_slash_is_reported()
        => Verify.VerifyAsync("""
            [assembly: LifecycleHooks([|ReadinessProbePath = "healthz/ready"|])]
            """ + Hooks);

    [Fact]
    public Task A_readiness_probe_path_with_a_query_is_valid()
        => Verify.VerifyAsync("""
            [assembly: LifecycleHooks(ReadinessProbePath = "/healthz/ready?format=short")]
            """ + Hooks);

    [Fact]
    public async Task Invalid_MSBuild_property_has_no_location_and_names_the_property()
    {
        var options = new AnalyzerTestOptions
        {
            MsBuildProperties = new Dictionary<string, string> { ["LifecycleHooksDrainDelaySeconds"] = "five" },
            ExpectedWithoutLocation = ["HOOK0020"],
        };
        var diagnostic = await Verify.VerifySingleAsync(Hooks, options);
        Assert.Equal(
            "MSBuild property LifecycleHooksDrainDelaySeconds: DrainDelaySeconds 'five' is not a whole number; expected 0..3600; the default is used instead",
            diagnostic.GetMessage());
    }

    [Fact]
    public Task Management_port_equal_to_port_is_reported()
        => Verify.VerifyAsync("""
            [assembly: LifecycleHooks(Port = 8080, [|ManagementPort = 8080|])]
            """ + Hooks);

    [Fact]
    public Task Negative_hook_timeout_is_reported_on_the_argument()
        => Verify.VerifyAsync("""
            public interface IRegistry { Task DeregisterAsync(CancellationToken ct); }

            public sealed class RegistryHooks(IRegistry registry)
            {
                [PreStop(Order = 1, [|TimeoutSeconds = -5|])]
                public Task DeregisterAsync(CancellationToken ct) => registry.DeregisterAsync(ct);
            }
            """);

    [Theory]
    [InlineData("hooks.sock")]
    [InlineData("/tmp/my hooks.sock")]
    [InlineData("/tmp/hooks/")]
    [InlineData("/tmp/a-path-longer-than-the-107-bytes-that-a-unix-socket-address-can-hold/and-then-some-more-words/hooks.sock")]
    public Task Socket_paths_that_cannot_be_bound_are_reported(string path)
        => Verify.VerifyAsync("[assembly: LifecycleHooks(Transport = LifecycleHookTransport.UnixSocket, [|SocketPath = \"" + path + "\"|])]" + Hooks);

    [Fact]
    public Task HttpGet_handler_on_the_unix_socket_transport_is_reported()
        => Verify.VerifyAsync("""
            [assembly: LifecycleHooks(Transport = LifecycleHookTransport.UnixSocket, [|PreStopHandler = LifecycleHookHandler.HttpGet|])]
            """ + Hooks);

    [Fact]
    public Task Unix_socket_transport_with_exec_handlers_is_clean()
        => Verify.VerifyAsync("""
            [assembly: LifecycleHooks(Transport = LifecycleHookTransport.UnixSocket, SocketPath = "/run/orders/hooks.sock", PreStopHandler = LifecycleHookHandler.Exec)]
            """ + Hooks);

    [Fact]
    public Task Valid_settings_are_clean()
        => Verify.VerifyAsync("""
            [assembly: LifecycleHooks(Port = 8081, ManagementPort = 9090, PathBase = "/hooks", DrainDelaySeconds = 0, KubernetesVersion = "1.31", StopSignal = "SIGINT", ContainerName = "orders", RunOnce = true)]
            """ + Hooks);

    [Fact]
    public Task Attribute_value_overridden_by_a_valid_MSBuild_property_is_clean()
        => Verify.VerifyAsync("""
            [assembly: LifecycleHooks(Port = 70000)]
            """ + Hooks, new AnalyzerTestOptions { MsBuildProperties = new Dictionary<string, string> { ["LifecycleHooksPort"] = "8080" } });

    [Fact]
    public Task Zero_hook_timeout_means_default_and_is_clean()
        => Verify.VerifyAsync("""
            public interface ICache { Task LoadAsync(CancellationToken ct); }

            public sealed class CacheWarmer(ICache cache)
            {
                [PostStart(TimeoutSeconds = 0)]
                public Task WarmAsync(CancellationToken ct) => cache.LoadAsync(ct);
            }
            """);

    [Fact]
    public Task No_settings_at_all_is_clean()
        => Verify.VerifyAsync(Hooks);

    [Fact]
    public Task Invalid_MSBuild_property_is_silent_in_a_project_without_hooks()
        => Verify.VerifyAsync("""
            public static class Library
            {
                public static int Twice(int value) => value * 2;
            }
            """, new AnalyzerTestOptions { MsBuildProperties = new Dictionary<string, string> { ["LifecycleHooksPort"] = "http" } });
}
