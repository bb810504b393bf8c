namespace HookAnalyzers.Tests.Runtime;

/// <summary>Bounded polling for state that another thread or the server changes.</summary>
internal static class Eventually
{
    public static async Task TrueAsync(Func<bool> condition, int timeoutSeconds = 10)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(timeoutSeconds));
        while (!condition())
        {
            await Task.Delay(20, timeout.Token);
        }
    }

    public static async Task TrueAsync(Func<Task<bool>> condition, int timeoutSeconds = 10)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(timeoutSeconds));
        while (!await condition())
        {
            await Task.Delay(20, timeout.Token);
        }
    }
}
