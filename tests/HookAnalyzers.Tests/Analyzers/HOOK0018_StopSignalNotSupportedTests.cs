using Verify = HookAnalyzers.Tests.Infrastructure.AnalyzerVerifier<HookAnalyzers.Analyzers.Rules.StopSignalNotSupportedAnalyzer>;

namespace HookAnalyzers.Tests.Analyzers;

public sealed class HOOK0018_StopSignalNotSupportedTests
{
    private static string App(string settings) => SettingsRuleSources.App(settings, SettingsRuleSources.Deregister);

    [Fact]
    public async Task Signal_the_host_ignores_is_reported()
    {
        var diagnostic = await Verify.VerifySingleAsync(App("[assembly: LifecycleHooks([|StopSignal = \"SIGUSR1\"|])]"));
        Assert.Contains("SIGTERM, SIGINT or SIGQUIT", diagnostic.GetMessage());
    }

    [Fact]
    public async Task Stop_signal_below_1_33_is_reported()
    {
        var diagnostic = await Verify.VerifySingleAsync(App("[assembly: LifecycleHooks(KubernetesVersion = \"1.32\", [|StopSignal = \"SIGINT\"|])]"));
        Assert.Contains("needs Kubernetes 1.33", diagnostic.GetMessage());
    }

    [Fact]
    public Task Both_problems_are_reported()
        => Verify.VerifyAsync(App("[assembly: LifecycleHooks(KubernetesVersion = \"1.30\", {|HOOK0018:{|HOOK0018:StopSignal = \"SIGHUP\"|}|})]"));

    [Fact]
    public Task Signal_from_MSBuild_is_reported_without_location()
        => Verify.VerifyAsync(App(""), SettingsRuleSources.FromMsBuild("HOOK0018", ("StopSignal", "SIGWINCH")));

    [Theory]
    [InlineData("[assembly: LifecycleHooks(KubernetesVersion = \"1.33\", StopSignal = \"SIGQUIT\")]")] // SIGQUIT where the field exists
    [InlineData("[assembly: LifecycleHooks(StopSignal = \"SIGTERM\")]")] // SIGTERM on the default version
    [InlineData("[assembly: LifecycleHooks(KubernetesVersion = \"1.28\")]")] // no stop signal on an old cluster
    [InlineData("[assembly: LifecycleHooks(StopSignal = \"sigterm\")]")] // an invalid name is left to HOOK0020
    public Task Supported_or_absent_signals_are_clean(string settings)
        => Verify.VerifyAsync(App(settings));
}
