using System.Net.Http;

namespace HookAnalyzers.Tests.Termination;

/// <summary>
/// Drills 4, 7 and 8 on the sample: hook delivery as it really happens, twice, not at all, and
/// after a failed postStart. The kubelet delivers "at least once" in intent, but a kubelet restart
/// can deliver a hook twice or never.
/// </summary>
[Collection(TerminationDrillsCollection.Name)]
public sealed class SampleDeliveryDrillTests
{
    [Fact]
    public async Task PreStop_delivered_twice_at_once_and_again_after_runs_its_methods_once_and_answers_each_caller_alike()
    {
        await using var pod = await SamplePod.StartReadyAsync();
        var calls = new List<HookCall>();

        var termination = await KubeletSimulator.StopContainerAsync(
            pod.App,
            preStop: async () =>
            {
                calls.AddRange(await Task.WhenAll(pod.PreStopAsync(), pod.PreStopAsync()));
                calls.Add(await pod.PreStopAsync());
            },
            SamplePod.GraceSeconds);

        DrillResults.Record("preStop delivered 3 times (2 concurrent, 1 after)", "sample", 3, calls.Count(c => !c.Delivered || c.Status != 200), termination.DeleteToExit, "methods ran once");
        Assert.All(calls, call => Assert.True(call.Delivered && call.Status == 200, $"{call}\n{pod.App.Transcript}"));
        Assert.Single(calls.Select(c => c.Body).Distinct());
        Assert.Equal(1, pod.LogCount("Lifecycle hook pre-stop started"));
        Assert.Equal(1, pod.LogCount("Hook method OutboxHooks.FlushOutboxAsync of pre-stop succeeded"));
        Assert.Equal(2, pod.LogCount("Lifecycle hook pre-stop called again"));
        Assert.True(termination.ExitedAfterStopSignal && termination.ExitCode == 0, $"{termination}\n{pod.App.Transcript}");
    }

    [Fact]
    public async Task Without_any_preStop_delivery_the_stop_signal_runs_the_preStop_methods_once()
    {
        await using var pod = await SamplePod.StartReadyAsync();
        using (var client = new HttpClient { BaseAddress = pod.BaseAddress, Timeout = TimeSpan.FromSeconds(10) })
        {
            for (var order = 1; order <= 5; order++)
            {
                (await client.PostAsync($"/orders/{order}", null)).EnsureSuccessStatusCode();
            }
        }

        // The kubelet restarted mid-termination and never sent the hook: only the stop signal comes.
        var termination = await KubeletSimulator.StopContainerAsync(pod.App, () => Task.CompletedTask, SamplePod.GraceSeconds);

        DrillResults.Record("zero delivery: stop signal only", "sample", 0, 0, termination.DeleteToExit, "preStop methods ran on shutdown");
        Assert.True(termination.ExitedAfterStopSignal && termination.ExitCode == 0, $"{termination}\n{pod.App.Transcript}");
        Assert.Equal(1, pod.LogCount("pre-stop was never called"));
        Assert.Equal(1, pod.LogCount("Lifecycle hook pre-stop started"));
        Assert.Equal(5, (await File.ReadAllLinesAsync(Path.Combine(pod.DataDirectory, "outbox.txt"))).Length);
        Assert.True(File.Exists(Path.Combine(pod.DataDirectory, "deregistered.txt")));
    }

    [Fact]
    public async Task A_failed_postStart_fails_the_exec_client_keeps_the_pod_unready_and_the_preStop_that_follows_runs_once()
    {
        await using var pod = await SamplePod.StartAsync(new Dictionary<string, string> { ["HOOKDEMO_FAIL_WARMUP"] = "1" });

        var postStart = await pod.PostStartAsync();
        var ready = await pod.ReadyAsync();
        var readyLater = await pod.ReadyAsync();

        // The kubelet kills a container whose postStart failed: preStop first, then the stop signal.
        HookCall? preStop = null;
        var termination = await KubeletSimulator.StopContainerAsync(pod.App, async () => preStop = await pod.PreStopAsync(), SamplePod.GraceSeconds);

        DrillResults.Record("failed postStart, then preStop", "sample", 1, preStop is { Delivered: true } ? 0 : 1, termination.DeleteToExit, $"exec client exit {postStart.ExitCode}; ready {ready.Status} {ready.Body}");
        Assert.True(postStart.ExitCode == 1, postStart.ToString());
        Assert.Equal(503, ready.Status);
        Assert.Equal(503, readyLater.Status);
        Assert.NotEqual("ready", ready.Body);
        Assert.True(preStop is { Delivered: true }, $"{preStop}\n{pod.App.Transcript}");
        Assert.Equal(1, pod.LogCount("Lifecycle hook pre-stop started"));
        Assert.True(File.Exists(Path.Combine(pod.DataDirectory, "deregistered.txt")));
        Assert.True(termination.ExitedAfterStopSignal && termination.ExitCode == 0, $"{termination}\n{pod.App.Transcript}");
    }
}
