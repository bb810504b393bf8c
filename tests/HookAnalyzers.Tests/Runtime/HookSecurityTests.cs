using System.Net;
using HookAnalyzers.Tests.Infrastructure.Processes;

namespace HookAnalyzers.Tests.Runtime;

/// <summary>The management port and the shared token keep foreign callers from running hooks.</summary>
public sealed class HookSecurityTests
{
    private const string Hooks = """
        using System.Threading;
        using HookAnalyzers;

        public static class Probe { public static int Runs; }

        public static class Hooks
        {
            [PostStart]
            public static void Warm() => Interlocked.Increment(ref Probe.Runs);
        }
        """;

    [Fact]
    public async Task With_a_management_port_hook_paths_on_the_main_port_are_404_and_run_nothing()
    {
        var managementPort = FreePort.Next();
        await using var app = await InMemoryHookApp.StartAsync(Hooks, new Dictionary<string, string> { ["LifecycleHooksManagementPort"] = managementPort.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var main = app.Client(app.MainAddress(exceptPort: managementPort));
        var management = app.Client(app.Addresses.Single(a => a.Port == managementPort));

        Assert.Equal(HttpStatusCode.NotFound, (await HookAnswer.GetAsync(main, "/lifecycle/post-start")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await HookAnswer.GetAsync(main, "/lifecycle/pre-stop")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await HookAnswer.GetAsync(main, "/lifecycle/ready")).Status);
        Assert.Equal(0, app.Static<int>("Probe", "Runs"));
        Assert.Equal(HttpStatusCode.OK, (await HookAnswer.GetAsync(main, "/work")).Status);

        Assert.Equal(HttpStatusCode.OK, (await HookAnswer.GetAsync(management, "/lifecycle/post-start")).Status);
        Assert.Equal(HttpStatusCode.OK, (await HookAnswer.GetAsync(management, "/lifecycle/ready")).Status);
        Assert.Equal(1, app.Static<int>("Probe", "Runs"));
    }

    [Fact]
    public async Task A_management_port_that_Kestrel_does_not_bind_is_a_critical_log_event()
    {
        // Kestrel endpoints configured in code: Kestrel ignores the URLs, the management port among them.
        const string KestrelInCode = """
            public static partial class TestAppEntry
            {
                static partial void ConfigureServices(Microsoft.Extensions.DependencyInjection.IServiceCollection services)
                    => Microsoft.Extensions.DependencyInjection.OptionsServiceCollectionExtensions.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(
                        services, options => options.Listen(System.Net.IPAddress.Loopback, 0));
            }
            """;
        var managementPort = FreePort.Next();
        await using var app = await InMemoryHookApp.StartAsync(Hooks + KestrelInCode, new Dictionary<string, string> { ["LifecycleHooksManagementPort"] = managementPort.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.DoesNotContain(app.Addresses, a => a.Port == managementPort);
        var events = app.Static<System.Collections.Concurrent.ConcurrentQueue<string>>("RecordingLoggerProvider", "Events");
        Assert.Contains(events, e => e.StartsWith($"1011 ManagementPort {managementPort} is not bound", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_bound_management_port_logs_nothing_about_it()
    {
        var managementPort = FreePort.Next();
        await using var app = await InMemoryHookApp.StartAsync(Hooks, new Dictionary<string, string> { ["LifecycleHooksManagementPort"] = managementPort.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Contains(app.Addresses, a => a.Port == managementPort);
        Assert.DoesNotContain(app.Static<System.Collections.Concurrent.ConcurrentQueue<string>>("RecordingLoggerProvider", "Events"), e => e.StartsWith("1011 ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task With_a_HookToken_calls_without_it_get_401_and_run_nothing()
    {
        await using var app = await InMemoryHookApp.StartAsync(Hooks.Replace("public static class Probe", "[assembly: LifecycleHooks(HookToken = \"s3cret\")]\npublic static class Probe", StringComparison.Ordinal));
        var client = app.Client();

        Assert.Equal(HttpStatusCode.Unauthorized, (await HookAnswer.GetAsync(client, "/lifecycle/post-start")).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await HookAnswer.GetAsync(client, "/lifecycle/post-start", WithToken("wrong"))).Status);
        Assert.Equal(0, app.Static<int>("Probe", "Runs"));

        Assert.Equal(HttpStatusCode.OK, (await HookAnswer.GetAsync(client, "/lifecycle/post-start", WithToken("s3cret"))).Status);
        Assert.Equal(1, app.Static<int>("Probe", "Runs"));
    }

    [Fact]
    public async Task A_rejected_kubelet_call_drops_the_connection_so_the_kubelet_records_a_failure()
    {
        await using var app = await InMemoryHookApp.StartAsync(Hooks.Replace("public static class Probe", "[assembly: LifecycleHooks(HookToken = \"s3cret\")]\npublic static class Probe", StringComparison.Ordinal));

        // A 401 would read as success to the kubelet, which ignores status codes: nothing ran, so no answer at all.
        var error = await Assert.ThrowsAsync<HttpRequestException>(() => app.Client(userAgent: "kube-lifecycle/1.34").GetAsync("/lifecycle/post-start"));
        Assert.Null(error.StatusCode);
        Assert.Equal(0, app.Static<int>("Probe", "Runs"));
        Assert.Contains(app.Static<System.Collections.Concurrent.ConcurrentQueue<string>>("RecordingLoggerProvider", "Events"), e => e.StartsWith("1009 ", StringComparison.Ordinal));
    }

    private static HttpRequestMessage WithToken(string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/lifecycle/post-start");
        request.Headers.Add("X-Lifecycle-Token", token);
        return request;
    }
}
