using HookAnalyzers;

namespace BadHooks;

/// <summary>
/// Hooks (all postStart: this project has no valid [PreStop], see Settings.cs) whose work escapes them: the kubelet is told "done" while it still runs (HOOK0005-0007),
/// or a call ignores the hook's token and outlives its timeout (HOOK0008).
/// </summary>
public static class EscapeHooks
{
    [PostStart(Order = 130, TimeoutSeconds = 2)]
    public static async void NotifyPeers() // expect: HOOK0005
    {
        await Task.Yield();
    }

    [PostStart(Order = 131, TimeoutSeconds = 2)]
    public static async Task FlushLaterAsync(CancellationToken cancellationToken)
    {
        _ = Task.Delay(10, cancellationToken); // expect: HOOK0006
        await Task.Yield();
    }

    [PostStart(Order = 132, TimeoutSeconds = 2)]
    public static void StartHeartbeat()
    {
        new Thread(() => { }).Start(); // expect: HOOK0007
    }

    [PostStart(Order = 133, TimeoutSeconds = 2)]
    public static Task PauseAsync(CancellationToken cancellationToken)
        => Task.Delay(10); // expect: HOOK0008
}
