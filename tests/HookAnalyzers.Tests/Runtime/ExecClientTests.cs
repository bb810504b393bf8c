using System.Net;
using HookAnalyzers.Tests.Infrastructure.Processes;
using Xunit.Abstractions;

namespace HookAnalyzers.Tests.Runtime;

/// <summary>The built sample as the kubelet's exec handler runs it: <c>dotnet HookDemo.dll --lifecycle-hook &lt;hook&gt;</c>.</summary>
[Collection(SampleAppCollection.Name)]
public sealed class ExecClientTests(SampleAppFixture sample, ITestOutputHelper output) : IDisposable
{
    /// <summary>The sample's [PostStart] timeouts: StartupChecks 5 + ProductCache 15.</summary>
    private const int PostStartBudgetSeconds = 20;

    /// <summary>The sample's drain (MSBuild property) 3 + [PreStop] timeouts: RegistryHooks 4 + OutboxHooks 8.</summary>
    private const int PreStopBudgetSeconds = 15;

    private static readonly TimeSpan ProcessTimeout = TimeSpan.FromSeconds(PostStartBudgetSeconds + 15);

    private readonly string _data = Directory.CreateTempSubdirectory("hookdemo-").FullName;

    [Fact]
    public async Task Started_before_the_app_listens_it_succeeds_once_the_app_is_up()
    {
        var port = FreePort.Next();
        await using var client = sample.StartExecClient("post-start", port);
        await Task.Delay(1000);
        Assert.False(client.HasExited, "the exec client gave up before the app started:\n" + client.Error);

        await using var app = sample.StartApp(port, _data);
        var exitCode = await client.WaitForExitAsync(ProcessTimeout);

        Assert.True(exitCode == 0, $"exit {exitCode}\nstdout:\n{client.Output}\nstderr:\n{client.Error}\napp:\n{app.Error}");
        Assert.Contains("\"status\":\"succeeded\"", client.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_data, "started.txt")), "the [PostStart] method did not run in the app");
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(10) };
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/lifecycle/ready")).StatusCode);
    }

    /// <summary>The sample sets no Port: the exec client finds the app where the container's ASPNETCORE_URLS put it.</summary>
    [Fact]
    public async Task Without_an_explicit_Port_it_calls_the_port_ASPNETCORE_URLS_gives_the_app()
    {
        var port = FreePort.Next();
        await using var app = sample.StartApp(port, _data);
        await app.WaitUntilListeningAsync(port, TimeSpan.FromSeconds(30));

        // An empty override is no override: only ASPNETCORE_URLS says where the app is.
        await using var client = sample.StartExecClient("post-start", new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
            ["LIFECYCLE_HOOKS_PORT"] = "",
        });
        var exitCode = await client.WaitForExitAsync(ProcessTimeout);

        Assert.True(exitCode == 0, $"exit {exitCode}\nstdout:\n{client.Output}\nstderr:\n{client.Error}\napp:\n{app.Error}");
        Assert.Contains("\"status\":\"succeeded\"", client.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Against_a_failing_postStart_it_exits_1()
    {
        var port = FreePort.Next();
        await using var app = sample.StartApp(port, _data, new Dictionary<string, string> { ["HOOKDEMO_FAIL_WARMUP"] = "1" });
        await app.WaitUntilListeningAsync(port, TimeSpan.FromSeconds(30));

        await using var client = sample.StartExecClient("post-start", port);
        var exitCode = await client.WaitForExitAsync(ProcessTimeout);

        Assert.Equal(1, exitCode);
        Assert.Contains("\"status\":\"failed\"", client.Output, StringComparison.Ordinal);
        Assert.Contains($"HTTP 500 from 127.0.0.1:{port} (port from LIFECYCLE_HOOKS_PORT)", client.Error, StringComparison.Ordinal);
    }

    /// <summary>
    /// The suite's only upper time bound, a behaviour bound rather than a performance one: with
    /// nothing listening the client retries "connection refused" for the hook's whole budget (not
    /// less: it really retried) and then gives up (not much more: nothing waits forever). The client
    /// starts its budget once the runtime is up, so the upper bound also allows the runtime start,
    /// measured at the same time with an invalid hook name (which exits where the budget would begin):
    /// on a loaded 2-core machine that start alone can take more than a second.
    /// </summary>
    [Fact]
    public async Task With_no_app_it_retries_for_the_hook_budget_then_exits_1()
    {
        // All at once: the test takes one budget, not two, and the start-up is measured under the same load.
        var postStart = MeasureAsync("post-start");
        var preStop = MeasureAsync("pre-stop");
        var startup = MeasureAsync("no-such-hook");

        var runtimeStart = await startup;
        Assert.Equal(1, runtimeStart.ExitCode);
        Assert.Contains("expects post-start or pre-stop", runtimeStart.Error, StringComparison.Ordinal);
        AssertGaveUpAfter(await postStart, PostStartBudgetSeconds, runtimeStart.Elapsed);
        AssertGaveUpAfter(await preStop, PreStopBudgetSeconds, runtimeStart.Elapsed);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
            // A killed app may still hold a file for a moment; the temp directory is cleaned by the OS.
        }
    }

    private static async Task<(int ExitCode, TimeSpan Elapsed, string Error, int Port)> MeasureAsync(string hook)
    {
        var port = FreePort.Next();
        var run = await ProcessRunner.RunAsync(SampleApp.ExecClient(hook, port), ProcessTimeout);
        return (run.ExitCode, run.Elapsed, run.Error, port);
    }

    private void AssertGaveUpAfter((int ExitCode, TimeSpan Elapsed, string Error, int Port) run, int budgetSeconds, TimeSpan runtimeStart)
    {
        output.WriteLine($"budget {budgetSeconds} s: gave up after {run.Elapsed.TotalSeconds:0.000} s (runtime start {runtimeStart.TotalSeconds:0.000} s)");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"nothing listens on 127.0.0.1:{run.Port} (port from LIFECYCLE_HOOKS_PORT)", run.Error, StringComparison.Ordinal);
        Assert.True(
            run.Elapsed >= TimeSpan.FromSeconds(budgetSeconds - 1) && run.Elapsed <= TimeSpan.FromSeconds(budgetSeconds + 1) + runtimeStart,
            $"gave up after {run.Elapsed.TotalSeconds:0.000} s; the budget is {budgetSeconds} s (-1 s, +1 s + runtime start {runtimeStart.TotalSeconds:0.000} s)");
    }
}
