using System.Net;
using HookAnalyzers.Tests.Infrastructure;
using Xunit;

namespace HookAnalyzers.Tests.Runtime;

/// <summary>R10: the management port and the shared token keep foreign callers from running hooks.</summary>
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

    private static HttpRequestMessage WithToken(string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/lifecycle/post-start");
        request.Headers.Add("X-Lifecycle-Token", token);
        return request;
    }
}
