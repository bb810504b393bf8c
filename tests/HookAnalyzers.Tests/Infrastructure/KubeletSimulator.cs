using System.Diagnostics;
using HookAnalyzers.Tests.Infrastructure.Processes;

namespace HookAnalyzers.Tests.Infrastructure;

/// <summary>What happened while a container was stopped the kubelet's way.</summary>
public sealed record TerminationResult(bool PreStopFinishedInGrace, TimeSpan PreStopElapsed, bool ExitedAfterStopSignal, bool Killed, int? ExitCode);

/// <summary>
/// Stops a process as the kubelet's container runtime code (killContainer) does: run preStop,
/// waiting at most the grace period (a hung preStop is abandoned, not cancelled); then the stop
/// signal; then SIGKILL after what is left of the grace period, with the kubelet's 2 s floor.
/// </summary>
public static class KubeletSimulator
{
    private const int MinimumGraceSeconds = 2;

    public static async Task<TerminationResult> StopContainerAsync(ChildProcess container, Func<Task> preStop, int graceSeconds)
    {
        var stopwatch = Stopwatch.StartNew();
        var hook = Task.Run(preStop);
        var finished = await Task.WhenAny(hook, Task.Delay(TimeSpan.FromSeconds(graceSeconds))) == hook;
        var preStopElapsed = stopwatch.Elapsed;

        // The kubelet subtracts whole elapsed seconds and keeps at least 2 s for the stop signal.
        var remaining = Math.Max(MinimumGraceSeconds, graceSeconds - (int)preStopElapsed.TotalSeconds);
        if (!container.HasExited)
        {
            container.Terminate();
        }

        if (await container.TryWaitForExitAsync(TimeSpan.FromSeconds(remaining)) is { } exitCode)
        {
            return new TerminationResult(finished, preStopElapsed, true, false, exitCode);
        }

        await container.KillAsync();
        return new TerminationResult(finished, preStopElapsed, false, true, null);
    }
}
