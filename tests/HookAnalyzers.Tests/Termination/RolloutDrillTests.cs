using Xunit.Abstractions;

namespace HookAnalyzers.Tests.Termination;

/// <summary>The pod a rollout has already made ready: where traffic goes once the old pod has left the Service.</summary>
public sealed class NewPodFixture : IAsyncLifetime
{
    public SamplePod Pod { get; private set; } = null!;

    public async Task InitializeAsync() => Pod = await SamplePod.StartReadyAsync();

    public async Task DisposeAsync() => await Pod.DisposeAsync();
}

/// <summary>
/// Drills 1-3: a rollout replaces a pod of the sample while clients of every shape keep sending
/// (pooled keep-alive, HTTP/2, one connection per request). Endpoint removal reaches the proxy some
/// time after deletion (the lag), independently of preStop; until a client's connection is closed it
/// keeps reaching the old pod, whatever the Service says. No request of any client may fail.
/// </summary>
[Collection(TerminationDrillsCollection.Name)]
public sealed class RolloutDrillTests(NewPodFixture newPod, ITestOutputHelper output) : IClassFixture<NewPodFixture>
{
    private static readonly LoadShape[] Shapes = Enum.GetValues<LoadShape>();

    /// <summary>Endpoint removal lag as a fraction of the drain delay: at once, half-way, just as the drain ends.</summary>
    [Theory]
    [InlineData(0.0)]
    [InlineData(0.5)]
    [InlineData(1.0)]
    public async Task A_rollout_under_load_loses_no_request(double lagFraction)
    {
        var lag = TimeSpan.FromSeconds(SamplePod.DrainDelaySeconds * lagFraction);
        await using var oldPod = await SamplePod.StartReadyAsync();
        var services = Shapes.ToDictionary(shape => shape, _ => new ServiceEndpoints());
        foreach (var (shape, service) in services)
        {
            service.Add(oldPod.PortFor(shape));
        }

        var loads = services.ToDictionary(s => s.Key, s => new LoadClient(s.Value, s.Key, "/products/1"));
        try
        {
            foreach (var load in loads.Values)
            {
                load.Start();
            }

            // The clients' pools fill with connections to the old pod; then the new pod becomes ready.
            await Task.Delay(TimeSpan.FromMilliseconds(600));
            foreach (var (shape, service) in services)
            {
                service.Add(newPod.Pod.PortFor(shape));
            }

            await Task.Delay(TimeSpan.FromMilliseconds(300));
            var sentBeforeDelete = loads.ToDictionary(l => l.Key, l => l.Value.Sent);
            var connectionsBeforeDelete = services.ToDictionary(s => s.Key, s => s.Value.ConnectionsTo(oldPod.PortFor(s.Key)));

            var termination = await KubeletSimulator.DeletePodAsync(
                oldPod.App,
                oldPod.PreStopAsync,
                SamplePod.GraceSeconds,
                removeEndpoint: () =>
                {
                    foreach (var (shape, service) in services)
                    {
                        service.Remove(oldPod.PortFor(shape));
                    }
                },
                lag);

            // Clients still holding a connection to the dead pod find out on their next request.
            await Task.Delay(TimeSpan.FromMilliseconds(500));
            foreach (var load in loads.Values)
            {
                await load.StopAsync();
            }

            var report = new List<string>();
            foreach (var (shape, load) in loads)
            {
                var reconnects = services[shape].ConnectionsTo(oldPod.PortFor(shape)) - connectionsBeforeDelete[shape];
                DrillResults.Record($"rollout, {shape}", $"endpoint removal lag {lag.TotalSeconds:0.0} s", load.Sent, load.Failed, termination.DeleteToExit, $"{load.Sent - sentBeforeDelete[shape]} sent after delete; {reconnects} new connections to the old pod after delete");
                report.Add($"{shape}: sent {load.Sent} ({load.Sent - sentBeforeDelete[shape]} after delete), failed {load.Failed}\n  " + string.Join("\n  ", load.Failures));
            }

            output.WriteLine($"lag {lag.TotalSeconds:0.0} s, {termination}\n" + string.Join("\n", report));
            Assert.True(loads.Values.All(l => l.Failed == 0), string.Join("\n", report) + "\n" + oldPod.App.Transcript);
            Assert.True(termination.ExitedAfterStopSignal && termination.ExitCode == 0, $"{termination}\n{oldPod.App.Transcript}");
            Assert.All(Shapes, shape => Assert.True(loads[shape].Sent - sentBeforeDelete[shape] > 20, $"{shape}: only {loads[shape].Sent - sentBeforeDelete[shape]} requests after the delete"));
            Assert.Equal(1, oldPod.LogCount("Lifecycle hook pre-stop started"));
        }
        finally
        {
            foreach (var load in loads.Values)
            {
                await load.DisposeAsync();
            }
        }
    }
}
