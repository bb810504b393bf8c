using Verifier = HookAnalyzers.Tests.Infrastructure.AnalyzerVerifier<HookAnalyzers.Analyzers.Rules.BackgroundWorkStartedAnalyzer>;

namespace HookAnalyzers.Tests.Analyzers;

public sealed class HOOK0007_BackgroundWorkStartedTests
{
    [Fact]
    public Task Thread_start_and_thread_pool_item_in_prestop_are_reported()
        => Verifier.VerifyAsync(HookBodies.Frame(
            "sealed class OutboxDrainer(IOutbox outbox)", "PreStop", "void Flush()", """
            [|new Thread(() => outbox.Flush()).Start()|];
            [|ThreadPool.QueueUserWorkItem(_ => outbox.Flush())|];
            """), HookServices.Options);

    [Fact]
    public Task Timers_started_in_poststart_are_reported()
        => Verifier.VerifyAsync("""
            public sealed class CacheWarmer(ICache cache)
            {
                private Timer? _refresh;
                private System.Timers.Timer? _legacy;

                [PostStart]
                public void Warm()
                {
                    _refresh = [|new Timer(_ => cache.RefreshAsync(CancellationToken.None), null, TimeSpan.Zero, TimeSpan.FromMinutes(1))|];
                    _legacy = new System.Timers.Timer(60_000);
                    [|_legacy.Start()|];
                    [|_legacy.Enabled = true|];
                }
            }
            """, HookServices.Options);

    [Fact]
    public Task Long_running_start_new_and_periodic_timer_loop_in_task_run_are_reported()
        => Verifier.VerifyAsync(HookBodies.Frame(
            "sealed class CacheWarmer(ICache cache)", "PostStart", "Task WarmAsync(CancellationToken ct)", """
            _ = [|Task.Factory.StartNew(() => cache.RefreshAsync(ct).Wait(), TaskCreationOptions.LongRunning)|];
            var timer = [|new PeriodicTimer(TimeSpan.FromSeconds(30))|];
            _ = Task.Run(async () =>
            {
                while (await timer.WaitForNextTickAsync(ct)) { await cache.RefreshAsync(ct); }
            });
            return Task.CompletedTask;
            """), HookServices.Options);

    [Fact]
    public Task Thread_started_inside_a_lambda_is_reported()
        => Verifier.VerifyAsync(HookBodies.Frame(
            "sealed class OutboxDrainer(IOutbox outbox)", "PreStop", "void Flush()", """
            Action start = () => [|new Thread(outbox.Flush).Start()|];
            start();
            """), HookServices.Options);

    [Fact]
    public Task Same_code_outside_a_hook_is_not_reported()
        => Verifier.VerifyAsync("""
            public sealed class BackgroundFlusher(IOutbox outbox)
            {
                private Timer? _timer;

                public void Start()
                {
                    new Thread(() => outbox.Flush()).Start();
                    ThreadPool.QueueUserWorkItem(_ => outbox.Flush());
                    _timer = new Timer(_ => outbox.Flush(), null, TimeSpan.Zero, TimeSpan.FromMinutes(1));
                    _ = Task.Factory.StartNew(outbox.Flush, TaskCreationOptions.LongRunning);
                }
            }
            """, HookServices.Options);

    [Fact]
    public Task Joined_thread_awaited_start_new_and_awaited_periodic_timer_are_not_reported()
        => Verifier.VerifyAsync("""
            public sealed class OutboxDrainer(IOutbox outbox)
            {
                [PreStop(Order = 1)]
                public void FlushOnDedicatedThread()
                {
                    var worker = new Thread(outbox.Flush);
                    worker.Start();
                    worker.Join();
                }

                [PreStop(Order = 2)]
                public async Task FlushLongRunningAsync()
                {
                    await Task.Factory.StartNew(outbox.Flush, TaskCreationOptions.LongRunning);
                    var pending = Task.Factory.StartNew(outbox.Flush, TaskCreationOptions.LongRunning);
                    await pending;
                }

                [PreStop(Order = 3)]
                public async Task FlushInBatchesAsync(CancellationToken ct)
                {
                    using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(200));
                    for (var batch = 0; batch < 3 && await timer.WaitForNextTickAsync(ct); batch++)
                    {
                        await outbox.FlushAsync(ct);
                    }
                }
            }
            """, HookServices.Options);

    [Fact]
    public Task Timers_the_hook_disposes_before_returning_are_not_reported()
        => Verifier.VerifyAsync(HookBodies.Frame(
            "sealed class OutboxDrainer(IOutbox outbox)", "PreStop", "async Task FlushAsync(CancellationToken ct)", """
            // Progress logging around the awaited flush; both timers die with the hook.
            using var progress = new Timer(_ => Console.WriteLine("flushing"), null, 1000, 1000);
            using (var watchdog = new System.Timers.Timer(5000))
            {
                watchdog.Start();
                await outbox.FlushAsync(ct);
            }
            """), HookServices.Options);

    [Fact]
    public Task Plain_unawaited_task_run_is_left_to_HOOK0006()
        => Verifier.VerifyAsync(HookBodies.Frame(
            "sealed class OutboxDrainer(IOutbox outbox)", "PreStop", "void Flush(CancellationToken ct)", """
            _ = Task.Run(() => outbox.FlushAsync(ct));
            _ = Task.Factory.StartNew(outbox.Flush);
            """), HookServices.Options);
}
