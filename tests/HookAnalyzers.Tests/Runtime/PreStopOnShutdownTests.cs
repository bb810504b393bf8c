namespace HookAnalyzers.Tests.Runtime;

/// <summary>
/// Delivery can be zero times (a forced or interrupted termination may skip preStop; docs/kubernetes.md):
/// when the host stops and preStop was never called, the [PreStop] methods run then, once; a delivered preStop never runs again.
/// </summary>
public sealed class PreStopOnShutdownTests
{
    private const string Hooks = """
        using System.Threading;
        using HookAnalyzers;

        [assembly: LifecycleHooks(DrainDelaySeconds = 1)]

        public static class Probe { public static int Flushes; }

        public static class Hooks
        {
            [PreStop(TimeoutSeconds = 2)]
            public static void FlushOutbox() => Interlocked.Increment(ref Probe.Flushes);
        }
        """;

    [Fact]
    public async Task Stopping_the_host_without_a_preStop_call_runs_the_preStop_methods_once()
    {
        var app = await InMemoryHookApp.StartAsync(Hooks);
        await using (app)
        {
            Assert.Equal(0, app.Static<int>("Probe", "Flushes"));
            await app.StopAsync();
        }

        Assert.Equal(1, app.Static<int>("Probe", "Flushes"));
        Assert.Contains(Events(app), e => e.StartsWith("1012 ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_delivered_preStop_is_not_run_again_when_the_host_stops()
    {
        var app = await InMemoryHookApp.StartAsync(Hooks);
        await using (app)
        {
            await HookAnswer.GetAsync(app.Client(), "/lifecycle/pre-stop");
            Assert.Equal(1, app.Static<int>("Probe", "Flushes"));
            await app.StopAsync();
        }

        Assert.Equal(1, app.Static<int>("Probe", "Flushes"));
        Assert.DoesNotContain(Events(app), e => e.StartsWith("1012 ", StringComparison.Ordinal));
    }

    private static IReadOnlyCollection<string> Events(InMemoryHookApp app)
        => app.Static<System.Collections.Concurrent.ConcurrentQueue<string>>("RecordingLoggerProvider", "Events");
}
