using Verify = HookAnalyzers.Tests.Infrastructure.AnalyzerVerifier<HookAnalyzers.Analyzers.Rules.SleepExceedsGraceAnalyzer>;

namespace HookAnalyzers.Tests.Analyzers;

using static SettingsRuleSources;

public sealed class HOOK0015_SleepExceedsGraceTests
{
    [Fact]
    public async Task Sleep_longer_than_grace_is_an_error_on_the_grace_argument()
    {
        var diagnostic = await Verify.VerifySingleAsync(App("[assembly: LifecycleHooks(DrainDelaySeconds = 20, [|TerminationGracePeriodSeconds = 15|])]"));
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains("sleep of 20 s", diagnostic.GetMessage());
    }

    [Fact]
    public Task Settings_attribute_without_any_hook_method_still_gets_a_sleep()
        => Verify.VerifyAsync(App("[assembly: LifecycleHooks(DrainDelaySeconds = 10, [|TerminationGracePeriodSeconds = 5|])]", hooks: ""));

    [Fact]
    public Task Values_from_MSBuild_are_reported_without_location()
        => Verify.VerifyAsync(App(""), FromMsBuild(
            "HOOK0015", ("DrainDelaySeconds", "30"), ("TerminationGracePeriodSeconds", "25")));

    [Theory]
    [InlineData("[assembly: LifecycleHooks(DrainDelaySeconds = 15, TerminationGracePeriodSeconds = 15)]", CacheWarmer)] // equal is accepted by the API server
    [InlineData("[assembly: LifecycleHooks(DrainDelaySeconds = 20, TerminationGracePeriodSeconds = 15)]", CacheWarmer + Deregister)] // a preStop method serves the drain: no sleep
    [InlineData("[assembly: LifecycleHooks(DrainDelaySeconds = 20, TerminationGracePeriodSeconds = 15, KubernetesVersion = \"1.29\")]", CacheWarmer)] // no sleep before 1.30
    [InlineData("[assembly: LifecycleHooks(DrainDelaySeconds = 120)]", CacheWarmer)] // a computed grace always covers the sleep
    public Task Sleep_within_grace_or_no_sleep_is_clean(string settings, string hooks)
        => Verify.VerifyAsync(App(settings, hooks));
}
