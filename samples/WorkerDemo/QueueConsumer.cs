using HookAnalyzers.Generated;

namespace WorkerDemo;

/// <summary>
/// The BackgroundService drain pattern: take messages until preStop begins (the draining token of
/// <see cref="ILifecycleHookStatus"/>) or the host stops, finish the message in hand, then report
/// idle. The [PreStop] methods in <see cref="QueueHooks"/> wait for that, flush and checkpoint.
/// </summary>
internal sealed class QueueConsumer : BackgroundService
{
    private readonly FileQueue _queue;
    private readonly ResultWriter _results;
    private readonly ILifecycleHookStatus _status;
    private readonly TaskCompletionSource _idle = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public QueueConsumer(FileQueue queue, ResultWriter results, ILifecycleHookStatus status)
    {
        _queue = queue;
        _results = results;
        _status = status;

        // Runs inside preStop's first step, before any [PreStop] method: from here on nothing is taken.
        status.Draining.Register(queue.Close);
    }

    /// <summary>Completes when the loop has ended and no message is in hand.</summary>
    public Task Idle => _idle.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _queue.EnsureCreated();
        using var stopTaking = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, _status.Draining);
        try
        {
            while (!stopTaking.IsCancellationRequested)
            {
                if (_queue.TryTake() is not { } message)
                {
                    await Task.Delay(50, stopTaking.Token).ContinueWith(_ => { }, TaskScheduler.Default);
                    continue;
                }

                // Work in hand is finished even when draining starts meanwhile: it was accepted.
                await Task.Delay(10, CancellationToken.None);
                await _results.AddAsync(message, CancellationToken.None);
            }
        }
        finally
        {
            _idle.TrySetResult();
        }
    }
}
