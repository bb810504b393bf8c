using Microsoft.CodeAnalysis;
using Verify = HookAnalyzers.Tests.Infrastructure.AnalyzerVerifier<HookAnalyzers.Analyzers.Rules.SleepActionNotSupportedAnalyzer>;

namespace HookAnalyzers.Tests.Analyzers;

using static SettingsRuleSources;

public sealed class HOOK0019_SleepActionNotSupportedTests
{
    [Fact]
    public async Task Drain_delay_on_1_29_is_reported_as_information()
    {
        var diagnostic = await Verify.VerifySingleAsync(App("[assembly: LifecycleHooks([|KubernetesVersion = \"1.29\"|])]"));
        Assert.Equal(DiagnosticSeverity.Info, diagnostic.Severity);
        Assert.Contains("the 5 s drain delay is emitted as an httpGet preStop", diagnostic.GetMessage());
    }

    [Fact]
    public Task Settings_only_project_on_1_25_is_reported()
        => Verify.VerifyAsync(App("[assembly: LifecycleHooks(DrainDelaySeconds = 8, [|KubernetesVersion = \"1.25\"|])]", hooks: ""));

    [Fact]
    public Task Version_from_MSBuild_is_reported_without_location()
        => Verify.VerifyAsync(App(""), FromMsBuild("HOOK0019", ("KubernetesVersion", "v1.28.3")));

    [Theory]
    [InlineData("[assembly: LifecycleHooks(KubernetesVersion = \"1.30\")]", CacheWarmer)] // 1.30 has the sleep action
    [InlineData("[assembly: LifecycleHooks(DrainDelaySeconds = 0, KubernetesVersion = \"1.29\")]", CacheWarmer)] // no drain delay, no sleep
    [InlineData("[assembly: LifecycleHooks(KubernetesVersion = \"1.29\")]", CacheWarmer + Deregister)] // a preStop method serves the drain itself
    public Task No_sleep_action_on_an_old_cluster_is_clean(string settings, string hooks)
        => Verify.VerifyAsync(App(settings, hooks));

    [Fact]
    public Task Repository_wide_MSBuild_version_is_silent_in_a_project_without_hooks()
        => Verify.VerifyAsync("""
            public static class Library
            {
                public static int Twice(int value) => value * 2;
            }
            """, FromMsBuild(null, ("KubernetesVersion", "1.29")));
}
