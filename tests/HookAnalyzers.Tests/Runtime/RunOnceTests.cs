using System.Net;

namespace HookAnalyzers.Tests.Runtime;

/// <summary>Run once: the first call runs the hook, concurrent and later calls share its outcome.</summary>
public sealed class RunOnceTests
{
    private const int Callers = 50;

    private const string Hooks = """
        using System.Threading;
        using System.Threading.Tasks;
        using HookAnalyzers;

        public static class Probe
        {
            public static int Runs;
            public static readonly TaskCompletionSource Release = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        public static class ShutdownHooks
        {
            [PreStop(TimeoutSeconds = 10)]
            public static async Task FlushAsync(CancellationToken cancellationToken)
            {
                Interlocked.Increment(ref Probe.Runs);
                // Held open until the test has sent every call, so they really overlap the run.
                await Probe.Release.Task.WaitAsync(cancellationToken);
            }
        }
        """;

    [Fact]
    public async Task Fifty_concurrent_preStop_calls_run_the_body_once_and_get_the_same_answer()
    {
        await using var app = await InMemoryHookApp.StartAsync(Hooks, new Dictionary<string, string> { ["LifecycleHooksDrainDelaySeconds"] = "0" });
        var client = app.Client();

        var calls = Enumerable.Range(0, Callers).Select(_ => HookAnswer.GetAsync(client, "/lifecycle/pre-stop")).ToList();
        // Every call has reached the app and the body has started (once) while the run is held open:
        // the calls really overlap it. (A request is counted before its endpoint starts the run.)
        await Eventually.TrueAsync(() => app.Static<int>("TestAppEntry", "LifecycleRequests") == Callers && app.Static<int>("Probe", "Runs") == 1, timeoutSeconds: 20);
        app.Static<TaskCompletionSource>("Probe", "Release").SetResult();
        var answers = await Task.WhenAll(calls).WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal(1, app.Static<int>("Probe", "Runs"));
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.Status));
        Assert.Single(answers.Select(a => a.Body).Distinct());

        // A later call is answered with the recorded outcome and runs nothing.
        var later = await HookAnswer.GetAsync(client, "/lifecycle/pre-stop");
        Assert.Equal(answers[0], later);
        Assert.Equal(1, app.Static<int>("Probe", "Runs"));
    }

    [Fact]
    public async Task With_RunOnce_false_every_call_runs_the_body()
    {
        await using var app = await InMemoryHookApp.StartAsync(
            Hooks.Replace("await Probe.Release.Task.WaitAsync(cancellationToken);", "await Task.Yield();", StringComparison.Ordinal),
            new Dictionary<string, string> { ["LifecycleHooksDrainDelaySeconds"] = "0", ["LifecycleHooksRunOnce"] = "false" });
        var client = app.Client();

        Assert.Equal(HttpStatusCode.OK, (await HookAnswer.GetAsync(client, "/lifecycle/pre-stop")).Status);
        Assert.Equal(HttpStatusCode.OK, (await HookAnswer.GetAsync(client, "/lifecycle/pre-stop")).Status);

        Assert.Equal(2, app.Static<int>("Probe", "Runs"));
    }
}
