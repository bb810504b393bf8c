using System.Collections.Concurrent;
using HookAnalyzers;

namespace HookDemo;

/// <summary>An in-memory cache that is warmed once the container has started.</summary>
public sealed class ProductCache(DemoOptions options, ILogger<ProductCache> logger)
{
    private readonly ConcurrentDictionary<int, string> _products = new();

    public string? Find(int id) => _products.TryGetValue(id, out var name) ? name : null;

    /// <summary>Instance hook: the instance is the DI singleton. The token is cancelled after 15 s.</summary>
    [PostStart(Order = 10, TimeoutSeconds = 15)]
    public async Task WarmAsync(CancellationToken cancellationToken)
    {
        if (options.FailWarmUp)
        {
            throw new InvalidOperationException("HOOKDEMO_FAIL_WARMUP=1: the product catalogue is unreachable");
        }

        for (var id = 1; id <= 100; id++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            _products[id] = $"product-{id}";
        }

        await Task.Yield();
        logger.LogInformation("Warmed {Count} products", _products.Count);
    }
}
