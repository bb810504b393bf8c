using Verify = HookAnalyzers.Tests.Infrastructure.AnalyzerVerifier<HookAnalyzers.Analyzers.Rules.UnboundedPostStartTimeoutAnalyzer>;

namespace HookAnalyzers.Tests.Analyzers;

public sealed class HOOK0016_UnboundedPostStartTimeoutTests
{
    private const string Cache = """
        public interface ICache { Task LoadAsync(CancellationToken ct); }

        """;

    /// <summary>Two postStart methods warming the cache, under the given attributes (markup allowed).</summary>
    private static string Warmers(string first, string second) => Cache + $$"""
        public sealed class Warmers(ICache cache)
        {
            [{{first}}]
            public Task WarmProductsAsync(CancellationToken ct) => cache.LoadAsync(ct);

            [{{second}}]
            public Task WarmPricesAsync(CancellationToken ct) => cache.LoadAsync(ct);
        }
        """;

    [Fact]
    public Task Day_long_postStart_timeout_is_reported_on_the_argument()
        => Verify.VerifyAsync(Cache + """
            public sealed class CacheWarmer(ICache cache)
            {
                [PostStart([|TimeoutSeconds = 86400|])]
                public Task WarmAsync(CancellationToken ct) => cache.LoadAsync(ct);
            }
            """);

    [Theory]
    [InlineData("PreStop(Order = 5, [|TimeoutSeconds = int.MaxValue|])")] // reported: int.MaxValue is no bound
    [InlineData("PreStop(TimeoutSeconds = 3600)")] // clean: one hour is still a bound
    public Task PreStop_timeouts_are_judged_on_their_own_bound(string attribute)
        => Verify.VerifyAsync(SettingsRuleSources.Checkpoint(attribute));

    [Fact]
    public Task PostStart_budget_over_ten_minutes_is_reported_once_on_the_slowest_method()
        => Verify.VerifyAsync(Warmers("PostStart(Order = 1, TimeoutSeconds = 300)", "[|PostStart(Order = 2, TimeoutSeconds = 400)|]"));

    [Fact]
    public Task Realistic_postStart_budget_is_clean()
        => Verify.VerifyAsync(Warmers("PostStart(Order = 1, TimeoutSeconds = 60)", "PostStart(Order = 2)"));

    [Fact]
    public Task Long_preStop_methods_do_not_count_towards_the_postStart_budget()
        => Verify.VerifyAsync(Cache + """
            public static class Drain
            {
                [PreStop(Order = 1, TimeoutSeconds = 500)]
                public static Task FlushAsync(CancellationToken ct) => Task.CompletedTask;

                [PreStop(Order = 2, TimeoutSeconds = 500)]
                public static Task CloseAsync(CancellationToken ct) => Task.CompletedTask;
            }
            """);
}
