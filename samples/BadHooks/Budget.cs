using HookAnalyzers;

namespace BadHooks;

/// <summary>Timeouts that bound nothing (HOOK0016) and a negative timeout (HOOK0020).</summary>
public sealed class CacheWarmer
{
    [PostStart(Order = 3, TimeoutSeconds = 86400)] // expect: HOOK0016
    public Task WarmAsync(CancellationToken cancellationToken) => Task.Delay(10, cancellationToken);

    [PostStart(Order = 4, TimeoutSeconds = -5)] // expect: HOOK0020
    public Task WarmPricesAsync(CancellationToken cancellationToken) => Task.Delay(10, cancellationToken);
}
