using System.Net;

namespace HookAnalyzers.Tests.Runtime;

/// <summary>Timeouts: a method past its timeout sees its token cancelled and fails the hook; nothing waits forever.</summary>
public sealed class HookTimeoutTests
{
    private const string Hooks = """
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using HookAnalyzers;

        public static class Probe
        {
            public static readonly TaskCompletionSource TokenCancelled = new(TaskCreationOptions.RunContinuationsAsynchronously);
            public static int LaterMethodRuns;
        }

        public static class SlowHooks
        {
            [PostStart(Order = 1, TimeoutSeconds = 1)]
            public static async Task NeverFinishesAsync(CancellationToken cancellationToken)
            {
                try
                {
                    await Task.Delay(Timeout.Infinite, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    Probe.TokenCancelled.TrySetResult();
                    throw;
                }
            }

            // postStart stops at the first failure: this one is skipped.
            [PostStart(Order = 2, TimeoutSeconds = 1)]
            public static void AfterTheSlowOne() => Interlocked.Increment(ref Probe.LaterMethodRuns);
        }
        """;

    [Fact]
    public async Task A_method_past_its_timeout_is_cancelled_and_fails_the_hook()
    {
        await using var app = await InMemoryHookApp.StartAsync(Hooks);

        var answer = await HookAnswer.GetAsync(app.Client(), "/lifecycle/post-start");

        Assert.Equal(HttpStatusCode.InternalServerError, answer.Status);
        Assert.Equal("failed", answer.HookStatus);
        Assert.Equal([("SlowHooks.NeverFinishesAsync", "timed-out"), ("SlowHooks.AfterTheSlowOne", "skipped")], answer.Methods);
        await app.Static<TaskCompletionSource>("Probe", "TokenCancelled").Task.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(0, app.Static<int>("Probe", "LaterMethodRuns"));

        // A failed postStart leaves the app not ready.
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await HookAnswer.GetAsync(app.Client(), "/lifecycle/ready")).Status);
    }

    private const string LongHook = """
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using HookAnalyzers;

        [assembly: LifecycleHooks(ShutdownTimeoutSeconds = 5)]

        public static class Probe
        {
            public static readonly TaskCompletionSource Started = new(TaskCreationOptions.RunContinuationsAsynchronously);
            public static readonly TaskCompletionSource TokenCancelled = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        public static class LongHooks
        {
            [PostStart(TimeoutSeconds = 60)]
            public static async Task WaitAsync(CancellationToken cancellationToken)
            {
                Probe.Started.TrySetResult();
                try
                {
                    await Task.Delay(Timeout.Infinite, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    Probe.TokenCancelled.TrySetResult();
                    throw;
                }
            }
        }
        """;

    [Fact]
    public async Task Stopping_the_host_cancels_the_token_of_a_running_hook()
    {
        await using var app = await InMemoryHookApp.StartAsync(LongHook);
        var call = app.Client().GetAsync("/lifecycle/post-start");
        await app.Static<TaskCompletionSource>("Probe", "Started").Task.WaitAsync(TimeSpan.FromSeconds(10));

        await app.StopAsync();

        // Long before the method's 60 s timeout.
        await app.Static<TaskCompletionSource>("Probe", "TokenCancelled").Task.WaitAsync(TimeSpan.FromSeconds(10));
        await Assert.ThrowsAnyAsync<Exception>(async () => (await call).EnsureSuccessStatusCode());
    }
}
