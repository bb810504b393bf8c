namespace HookAnalyzers.Tests.Analyzers;

/// <summary>
/// The services the hook-body rule tests inject into their hooks (an outbox, a registry, a cache,
/// checkpoints), compiled beside the test source so each test shows only the hook it is about.
/// </summary>
internal static class HookServices
{
    public const string Source = """
        using System.Threading;
        using System.Threading.Tasks;

        public interface IOutbox { Task FlushAsync(CancellationToken ct); Task<int> PendingAsync(CancellationToken ct); void Flush(); }
        public interface IRegistry { Task DeregisterAsync(string id, CancellationToken ct); }
        public interface ICache { Task LoadAsync(CancellationToken ct); Task RefreshAsync(CancellationToken ct); }
        public interface ICheckpoints { ValueTask WriteAsync(long position, CancellationToken ct); }
        """;

    public static AnalyzerTestOptions Options => new() { OtherSources = [Source] };
}
