using Verify = HookAnalyzers.Tests.Infrastructure.AnalyzerVerifier<HookAnalyzers.Analyzers.Rules.MutationWithoutRunOnceAnalyzer>;

namespace HookAnalyzers.Tests.Analyzers;

public sealed class HOOK0010_MutationWithoutRunOnceTests
{
    private const string RunOnceOff = """
        [assembly: LifecycleHooks(RunOnce = false)]

        """;

    [Fact]
    public Task Counters_on_static_and_instance_fields_are_reported()
        => Verify.VerifyAsync(RunOnceOff + """
            public sealed class Metrics
            {
                private static int s_starts;
                private long _warmups;

                [PostStart]
                public void CountStart()
                {
                    [|s_starts++|];
                    [|_warmups += 1|];
                    [|Interlocked.Increment(ref s_starts)|];
                }
            }
            """);

    [Fact]
    public Task Adding_to_a_field_collection_is_reported()
        => Verify.VerifyAsync(RunOnceOff + """
            public sealed class CacheWarmer
            {
                private readonly List<string> _loaded = new();
                private static readonly Queue<string> Pending = new();

                [PostStart]
                public Task WarmAsync(CancellationToken ct)
                {
                    [|_loaded.Add("products")|];
                    [|Pending.Enqueue("prices")|];
                    return Task.CompletedTask;
                }
            }
            """);

    [Fact]
    public Task RunOnce_false_from_MSBuild_counts_too()
        => Verify.VerifyAsync("""
            public static class Outbox
            {
                public static int Flushes;

                [PreStop]
                public static void Flush() => [|Flushes++|];
            }
            """, new AnalyzerTestOptions { MsBuildProperties = new Dictionary<string, string> { ["LifecycleHooksRunOnce"] = "false" } });

    [Fact]
    public Task RunOnce_on_by_default_is_clean()
        => Verify.VerifyAsync("""
            public static class Outbox
            {
                public static int Flushes;

                [PreStop]
                public static void Flush() => Flushes++;
            }
            """);

    [Fact]
    public Task Locals_and_other_objects_are_clean()
        => Verify.VerifyAsync(RunOnceOff + """
            public sealed class Batch { public int Count; public List<string> Items { get; } = new(); }

            public sealed class Outbox
            {
                [PreStop]
                public void Flush()
                {
                    var sent = 0;
                    sent++;
                    var names = new List<string>();
                    names.Add("a");
                    System.Console.WriteLine(sent + names.Count);
                }

                [PreStop]
                public void Drain()
                {
                    var local = new Batch();
                    local.Count++;
                    local.Items.Add("x");
                }
            }
            """);

    [Fact]
    public Task Guarded_mutation_is_clean()
        => Verify.VerifyAsync(RunOnceOff + """
            public sealed class Warmup
            {
                private static int s_started;
                private bool _warmed;
                private readonly HashSet<string> _seen = new();
                private int _loads;

                [PostStart]
                public void Warm()
                {
                    if (Interlocked.Exchange(ref s_started, 1) == 1)
                    {
                        return;
                    }

                    if (!_warmed)
                    {
                        _loads++;
                    }

                    _warmed = true;
                }
            }
            """);

    [Fact]
    public Task RunOnce_true_explicitly_is_clean()
        => Verify.VerifyAsync("""
            [assembly: LifecycleHooks(RunOnce = true)]

            public static class Outbox
            {
                private static int s_flushes;

                [PreStop]
                public static void Flush() => s_flushes += 1;
            }
            """);
}
