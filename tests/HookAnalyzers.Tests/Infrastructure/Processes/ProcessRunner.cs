namespace HookAnalyzers.Tests.Infrastructure.Processes;

/// <summary>Runs a command to completion: output captured, a hard timeout, the process tree killed when it passes.</summary>
public static class ProcessRunner
{
    /// <summary>The finished process, or a <see cref="TimeoutException"/> naming the command and its output.</summary>
    public static async Task<ProcessResult> RunAsync(ProcessCommand command, TimeSpan timeout)
    {
        await using var process = ChildProcess.Start(command);
        await process.WaitForExitAsync(timeout);
        return process.Result();
    }

    /// <summary>
    /// For fixtures that set up in a constructor; tests use <see cref="RunAsync"/>. Runs on the thread
    /// pool: blocking on continuations queued to xunit's synchronization context, whose few threads
    /// other fixtures may be blocking too, could deadlock.
    /// </summary>
    public static ProcessResult Run(ProcessCommand command, TimeSpan timeout)
        => Task.Run(() => RunAsync(command, timeout)).GetAwaiter().GetResult();
}
