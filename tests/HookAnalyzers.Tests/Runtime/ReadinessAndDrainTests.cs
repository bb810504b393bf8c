using System.Diagnostics;
using System.Net;

namespace HookAnalyzers.Tests.Runtime;

/// <summary>Readiness follows postStart and the drain; the app keeps serving while it drains.</summary>
public sealed class ReadinessAndDrainTests
{
    private const int DrainDelaySeconds = 2;

    private const string Hooks = """
        using System.Threading;
        using HookAnalyzers;

        [assembly: LifecycleHooks(DrainDelaySeconds = 2)]

        public static class Probe { public static int PreStopRuns; }

        public static class Hooks
        {
            [PostStart]
            public static void Warm() { }

            [PreStop]
            public static void Flush() => Interlocked.Increment(ref Probe.PreStopRuns);
        }
        """;

    [Fact]
    public async Task Ready_is_503_before_postStart_200_after_and_503_while_draining()
    {
        await using var app = await InMemoryHookApp.StartAsync(Hooks);
        var client = app.Client();

        Assert.Equal(new HookAnswer(HttpStatusCode.ServiceUnavailable, "starting"), await HookAnswer.GetAsync(client, "/lifecycle/ready"));
        Assert.Equal(HttpStatusCode.OK, (await HookAnswer.GetAsync(client, "/lifecycle/post-start")).Status);
        Assert.Equal(new HookAnswer(HttpStatusCode.OK, "ready"), await HookAnswer.GetAsync(client, "/lifecycle/ready"));

        var preStop = HookAnswer.GetAsync(app.Client(), "/lifecycle/pre-stop");
        await Eventually.TrueAsync(async () => (await HookAnswer.GetAsync(client, "/lifecycle/ready")).Status == HttpStatusCode.ServiceUnavailable);

        Assert.Equal(new HookAnswer(HttpStatusCode.ServiceUnavailable, "draining"), await HookAnswer.GetAsync(client, "/lifecycle/ready"));
        Assert.Equal(HttpStatusCode.OK, (await preStop.WaitAsync(TimeSpan.FromSeconds(15))).Status);
        Assert.Equal(new HookAnswer(HttpStatusCode.ServiceUnavailable, "draining"), await HookAnswer.GetAsync(client, "/lifecycle/ready"));
    }

    [Fact]
    public async Task PreStop_answers_after_the_drain_delay_and_ordinary_requests_succeed_meanwhile()
    {
        await using var app = await InMemoryHookApp.StartAsync(Hooks);
        var client = app.Client();

        var stopwatch = Stopwatch.StartNew();
        var preStop = HookAnswer.GetAsync(app.Client(), "/lifecycle/pre-stop");
        await Eventually.TrueAsync(async () => (await HookAnswer.GetAsync(client, "/lifecycle/ready")).Body == "draining");

        // Draining, the [PreStop] method not run yet: the app still serves.
        var work = await HookAnswer.GetAsync(client, "/work");
        Assert.Equal(new HookAnswer(HttpStatusCode.OK, "done"), work);
        Assert.Equal(0, app.Static<int>("Probe", "PreStopRuns"));

        var answer = await preStop.WaitAsync(TimeSpan.FromSeconds(15));
        stopwatch.Stop();

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(1, app.Static<int>("Probe", "PreStopRuns"));
        // A lower bound only (never flaky on a slow machine): the answer cannot come before the drain delay.
        Assert.True(stopwatch.Elapsed >= TimeSpan.FromSeconds(DrainDelaySeconds) - TimeSpan.FromMilliseconds(50), $"pre-stop answered after {stopwatch.ElapsedMilliseconds} ms");
    }
    [Fact]
    public async Task After_a_failed_postStart_preStop_skips_the_drain_delay_and_runs_the_methods()
    {
        // A drain delay no test would wait for: the answer can only come in time if it is skipped.
        await using var app = await InMemoryHookApp.StartAsync(Hooks
            .Replace("DrainDelaySeconds = 2", "DrainDelaySeconds = 600", StringComparison.Ordinal)
            .Replace("public static void Warm() { }", "public static void Warm() => throw new System.InvalidOperationException(\"cache down\");", StringComparison.Ordinal));
        var client = app.Client();

        Assert.Equal(HttpStatusCode.InternalServerError, (await HookAnswer.GetAsync(client, "/lifecycle/post-start")).Status);
        Assert.Equal(new HookAnswer(HttpStatusCode.ServiceUnavailable, "failed"), await HookAnswer.GetAsync(client, "/lifecycle/ready"));

        var preStop = await HookAnswer.GetAsync(app.Client(), "/lifecycle/pre-stop").WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(HttpStatusCode.OK, preStop.Status);
        Assert.Equal(1, app.Static<int>("Probe", "PreStopRuns"));
    }
    [Fact]
    public async Task A_throwing_draining_listener_is_logged_and_the_drain_and_methods_go_on()
    {
        const string listener = """

            internal sealed class ThrowingListener(HookAnalyzers.Generated.ILifecycleHookStatus status) : Microsoft.Extensions.Hosting.IHostedService
            {
                public System.Threading.Tasks.Task StartAsync(CancellationToken ct)
                {
                    status.Draining.Register(() => throw new System.InvalidOperationException("listener broke"));
                    return System.Threading.Tasks.Task.CompletedTask;
                }

                public System.Threading.Tasks.Task StopAsync(CancellationToken ct) => System.Threading.Tasks.Task.CompletedTask;
            }

            public static partial class TestAppEntry
            {
                static partial void ConfigureServices(Microsoft.Extensions.DependencyInjection.IServiceCollection services)
                    => Microsoft.Extensions.DependencyInjection.ServiceCollectionHostedServiceExtensions.AddHostedService<ThrowingListener>(services);
            }
            """;
        await using var app = await InMemoryHookApp.StartAsync(Hooks + listener);

        Assert.Equal(HttpStatusCode.OK, (await HookAnswer.GetAsync(app.Client(), "/lifecycle/pre-stop").WaitAsync(TimeSpan.FromSeconds(30))).Status);
        Assert.Equal(1, app.Static<int>("Probe", "PreStopRuns"));
        Assert.Contains(app.Static<System.Collections.Concurrent.ConcurrentQueue<string>>("RecordingLoggerProvider", "Events"), e => e.StartsWith("1017 ", StringComparison.Ordinal) && e.EndsWith("[AggregateException]", StringComparison.Ordinal));
    }
}
