using HookAnalyzers;

namespace WorkerDemo;

/// <summary>
/// The worker's lifecycle hooks. The manifest's exec handlers run `dotnet /app/WorkerDemo.dll
/// --lifecycle-hook post-start|pre-stop`, which calls these methods in the running app over its
/// Unix socket. Each logs one line, so a run is visible in the container's log.
/// </summary>
internal sealed class QueueHooks(ResultWriter results, QueueConsumer consumer, DemoPaths paths, ILogger<QueueHooks> logger)
{
    /// <summary>Reports where the previous instance stopped (its checkpoint), before the kubelet marks the container started.</summary>
    [PostStart(TimeoutSeconds = 5)]
    public async Task ReportCheckpointAsync(CancellationToken cancellationToken)
    {
        var previous = File.Exists(paths.Checkpoint) ? await File.ReadAllTextAsync(paths.Checkpoint, cancellationToken) : "none";
        logger.LogInformation("hook post-start: consuming {Inbox}, previous checkpoint {Checkpoint}", paths.Inbox, previous);
    }

    /// <summary>
    /// The queue closed when preStop began (the consumer closes it on ILifecycleHookStatus.Draining);
    /// wait until the message in hand is done.
    /// </summary>
    [PreStop(Order = 1, TimeoutSeconds = 5)]
    public async Task StopConsumingAsync(CancellationToken cancellationToken)
    {
        await consumer.Idle.WaitAsync(cancellationToken);
        logger.LogInformation("hook pre-stop: consumer idle");
    }

    /// <summary>Every accepted message reaches results.log before the stop signal.</summary>
    [PreStop(Order = 2, TimeoutSeconds = 5)]
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        // The append is safe to repeat: WriteBufferAsync clears the buffer it wrote, so a second
        // call (a second preStop delivery) finds it empty and appends nothing. HOOK0009 cannot see
        // that state, so it is suppressed here with the reason.
#pragma warning disable HOOK0009
        await results.FlushAsync(cancellationToken);
#pragma warning restore HOOK0009
        logger.LogInformation("hook pre-stop: flushed, {Written} results written", results.Written);
    }

    /// <summary>Overwrites the checkpoint (idempotent), so the next instance knows where this one stopped.</summary>
    [PreStop(Order = 3, TimeoutSeconds = 5)]
    public async Task CheckpointAsync(CancellationToken cancellationToken)
    {
        await File.WriteAllTextAsync(paths.Checkpoint, results.Written.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken);
        logger.LogInformation("hook pre-stop: checkpoint {Written}", results.Written);
    }
}
