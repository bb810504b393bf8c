using Verify = HookAnalyzers.Tests.Infrastructure.AnalyzerVerifier<HookAnalyzers.Analyzers.Rules.GracePeriodTooShortAnalyzer>;

namespace HookAnalyzers.Tests.Analyzers;

public sealed class HOOK0014_GracePeriodTooShortTests
{
    private const string Hooks = """

        public interface IOutbox { Task FlushAsync(CancellationToken ct); }
        public interface IRegistry { Task DeregisterAsync(CancellationToken ct); }

        public static class ShutdownHooks
        {
            [PreStop(Order = 0, TimeoutSeconds = 4)]
            public static Task DeregisterAsync(IRegistry registry, CancellationToken ct) => registry.DeregisterAsync(ct);

            [PreStop(Order = 10, TimeoutSeconds = 16)]
            public static Task FlushOutboxAsync(IOutbox outbox, CancellationToken ct) => outbox.FlushAsync(ct);
        }
        """;

    private static string App(string settings) => SettingsRuleSources.App(settings, Hooks);

    [Fact]
    public async Task Grace_shorter_than_the_budget_is_reported_with_the_arithmetic()
    {
        // drain 5 + preStop 4 + 16 + shutdown 10 + floor 2 = 37
        var diagnostic = await Verify.VerifySingleAsync(App("[assembly: LifecycleHooks([|TerminationGracePeriodSeconds = 30|])]"));
        Assert.Contains("5 + 20 + 10 + 2 = 37 > 30", diagnostic.GetMessage());
        Assert.Contains("raise it to 37", diagnostic.GetMessage());
    }

    [Fact]
    public Task Longer_drain_and_shutdown_count_too()
        => Verify.VerifyAsync(App("[assembly: LifecycleHooks(DrainDelaySeconds = 15, ShutdownTimeoutSeconds = 30, [|TerminationGracePeriodSeconds = 60|])]"));

    [Fact]
    public Task Default_method_timeout_is_used_for_methods_without_one()
        // drain 5 + default 25 + shutdown 10 + 2 = 42
        => Verify.VerifyAsync(SettingsRuleSources.App(
            "[assembly: LifecycleHooks(DefaultTimeoutSeconds = 25, [|TerminationGracePeriodSeconds = 41|])]",
            SettingsRuleSources.Checkpoint("PreStop")));

    [Fact]
    public async Task Grace_from_an_MSBuild_property_has_no_location_and_names_it()
    {
        var options = SettingsRuleSources.FromMsBuild("HOOK0014", ("TerminationGracePeriodSeconds", "20"));
        var diagnostic = await Verify.VerifySingleAsync(App(""), options);
        Assert.StartsWith("LifecycleHooksTerminationGracePeriodSeconds 20 ", diagnostic.GetMessage());
    }

    [Theory]
    [InlineData("[assembly: LifecycleHooks(TerminationGracePeriodSeconds = 37)]")] // equal to the budget
    [InlineData("[assembly: LifecycleHooks(DrainDelaySeconds = 20, ShutdownTimeoutSeconds = 30)]")] // computed
    public Task Grace_that_covers_the_budget_is_clean(string settings)
        => Verify.VerifyAsync(App(settings));

    [Fact]
    public Task Invalid_hook_methods_do_not_count_because_they_never_run()
        // drain 5 + (nothing valid: a private hook) + shutdown 10 + 2 = 17 <= 20
        => Verify.VerifyAsync(SettingsRuleSources.App(
            "[assembly: LifecycleHooks(TerminationGracePeriodSeconds = 20)]",
            SettingsRuleSources.Checkpoint("PreStop(TimeoutSeconds = 60)", "private")));

    [Fact]
    public Task MSBuild_grace_wins_over_a_short_attribute_value()
        => Verify.VerifyAsync(
            App("[assembly: LifecycleHooks(TerminationGracePeriodSeconds = 10)]"),
            SettingsRuleSources.FromMsBuild(null, ("TerminationGracePeriodSeconds", "45")));
}
