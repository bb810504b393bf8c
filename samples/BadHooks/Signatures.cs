using HookAnalyzers;

namespace BadHooks;

/// <summary>Hooks the generated code cannot call (HOOK0011): the generator skips them silently.</summary>
public static class OutboxHooks
{
    [PreStop]
    private static Task FlushPrivatelyAsync(CancellationToken cancellationToken) => Task.CompletedTask; // expect: HOOK0011

    [PreStop]
    public static Task<int> FlushAndCountAsync(CancellationToken cancellationToken) => Task.FromResult(0); // expect: HOOK0011

    [PreStop]
    public static Task FlushBatchAsync(
        int batchSize, // expect: HOOK0011
        CancellationToken cancellationToken) => Task.FromResult(batchSize);

    public static void Configure()
    {
        [PostStart]
        static void WarmLocally() { } // expect: HOOK0011

        WarmLocally();
    }
}
