using System.Net;
using System.Net.Http;
using System.Text.RegularExpressions;
using HookAnalyzers.Tests.Infrastructure.Processes;

namespace HookAnalyzers.Tests.Termination;

/// <summary>
/// Termination: the built sample is driven exactly as the kubelet drives it
/// (exec postStart; preStop as a GET with the kubelet's User-Agent, status ignored; then SIGTERM, then
/// SIGKILL at the end of the grace period) while a load client sends requests.
/// </summary>
[Collection(TerminationDrillsCollection.Name)]
public sealed class RollingTerminationTests : IDisposable
{
    /// <summary>The sample's computed grace: drain 3 + preStop methods (4 + 8) + shutdown 10 + 2.</summary>
    private const int SampleGraceSeconds = 27;

    /// <summary>One line per log event, so the hooks' events can be counted in the output.</summary>
    private static readonly Dictionary<string, string> SimpleConsoleLog = new() { ["Logging__Console__FormatterName"] = "simple" };

    private readonly string _data = Directory.CreateTempSubdirectory("hookdemo-termination-").FullName;

    [Fact]
    public async Task A_rollout_loses_no_request_runs_each_hook_once_and_keeps_the_preStop_data()
    {
        var port = FreePort.Next();
        var baseAddress = new Uri($"http://127.0.0.1:{port}");
        await using var app = ChildProcess.Start(SampleApp.App(port, _data, SimpleConsoleLog));
        await app.WaitUntilListeningAsync(port, TimeSpan.FromSeconds(30));
        using var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };

        // postStart: the exec handler, as the manifest writes it.
        var postStart = await ProcessRunner.RunAsync(SampleApp.ExecClient("post-start", port), TimeSpan.FromSeconds(30));
        Assert.True(postStart.ExitCode == 0, postStart.ToString());
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/lifecycle/ready")).StatusCode);

        for (var order = 1; order <= 20; order++)
        {
            Assert.Equal(HttpStatusCode.Accepted, (await http.PostAsync($"/orders/{order}", null)).StatusCode);
        }

        var service = new ServiceEndpoints();
        service.Add(port);
        await using var load = new LoadClient(service, LoadShape.KeepAlive, "/products/1");
        load.Start();

        HttpStatusCode? readyDuringDrain = null;
        var termination = await KubeletSimulator.StopContainerAsync(
            app,
            preStop: async () =>
            {
                var hook = KubeletSimulator.HttpGetHookAsync(new Uri(baseAddress, "/lifecycle/pre-stop"));
                await Task.Delay(TimeSpan.FromSeconds(1));
                readyDuringDrain = (await http.GetAsync("/lifecycle/ready")).StatusCode;
                await hook;

                // A second delivery (kubelet restart mid-hook) must run nothing again.
                await KubeletSimulator.HttpGetHookAsync(new Uri(baseAddress, "/lifecycle/pre-stop"));

                // preStop answered: the endpoint is gone from the Service, traffic stops before SIGTERM.
                await load.StopAsync();
            },
            graceSeconds: SampleGraceSeconds);

        Assert.True(termination.PreStopFinishedInGrace, "preStop did not finish within the grace period");
        Assert.True(termination.PreStopElapsed >= TimeSpan.FromSeconds(3), $"preStop answered after {termination.PreStopElapsed}, before the 3 s drain");
        Assert.True(termination.ExitedAfterStopSignal && termination.ExitCode == 0, $"exit after SIGTERM: {termination}\n{app.Transcript}");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, readyDuringDrain);
        Assert.Empty(load.Failures);
        Assert.True(load.Succeeded > 10, $"only {load.Succeeded} requests were served during the drain");

        var outbox = await File.ReadAllLinesAsync(Path.Combine(_data, "outbox.txt"));
        Assert.Equal(Enumerable.Range(1, 20).Select(i => $"order-{i}").Order(StringComparer.Ordinal), outbox);
        Assert.True(File.Exists(Path.Combine(_data, "deregistered.txt")));
        Assert.Single(Regex.Matches(app.Transcript, "Lifecycle hook pre-stop started"));
        Assert.Single(Regex.Matches(app.Transcript, "Lifecycle hook post-start started"));
        Assert.Single(Regex.Matches(app.Transcript, "Lifecycle hook pre-stop called again"));
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);
}
