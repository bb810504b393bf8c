using HookAnalyzers;

namespace BadHooks;

/// <summary>
/// Hooks that block a thread (HOOK0001, also through a helper), use synchronous I/O with an async
/// twin (HOOK0002), never end (HOOK0003) or wait longer than their own timeout (HOOK0004).
/// Each is bad in one way only: no token is left unpassed, nothing is appended or mutated.
/// </summary>
public static class BlockingHooks
{
    [PreStop(Order = 20, TimeoutSeconds = 2)]
    public static void WaitForQuiet()
    {
        Thread.Sleep(100); // expect: HOOK0001
    }

    [PreStop(Order = 21, TimeoutSeconds = 2)]
    public static void WaitThroughHelper()
    {
        Settle(); // expect: HOOK0001
    }

    [PreStop(Order = 22, TimeoutSeconds = 2)]
    public static void WriteCheckpoint()
    {
        File.WriteAllText("/tmp/badhooks-blocking-checkpoint", "42"); // expect: HOOK0002
    }

    [PostStart(Order = 20, TimeoutSeconds = 2)]
    public static async Task PollForeverAsync(CancellationToken cancellationToken)
    {
        while (true) // expect: HOOK0003
        {
            await Task.Yield();
        }
    }

    [PostStart(Order = 21, TimeoutSeconds = 2)]
    public static Task LingerAsync(CancellationToken cancellationToken)
        => Task.Delay(TimeSpan.FromSeconds(30), cancellationToken); // expect: HOOK0004

    /// <summary>Not a hook: reported at the hook's call as "Settle -> Thread.Sleep".</summary>
    private static void Settle() => Thread.Sleep(100);
}
