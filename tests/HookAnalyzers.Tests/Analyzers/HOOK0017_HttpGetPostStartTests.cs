using Verify = HookAnalyzers.Tests.Infrastructure.AnalyzerVerifier<HookAnalyzers.Analyzers.Rules.HttpGetPostStartAnalyzer>;

namespace HookAnalyzers.Tests.Analyzers;

using static SettingsRuleSources;

public sealed class HOOK0017_HttpGetPostStartTests
{
    [Fact]
    public Task HttpGet_postStart_with_a_PostStart_method_is_reported()
        => Verify.VerifyAsync(App("[assembly: LifecycleHooks([|PostStartHandler = LifecycleHookHandler.HttpGet|])]"));

    [Fact]
    public Task HttpGet_from_MSBuild_is_reported_without_location()
        => Verify.VerifyAsync(App(""), FromMsBuild("HOOK0017", ("PostStartHandler", "httpget")));

    [Fact]
    public Task HttpGet_with_several_PostStart_methods_is_reported_once()
        => Verify.VerifyAsync(App("[assembly: LifecycleHooks(Port = 8081, [|PostStartHandler = LifecycleHookHandler.HttpGet|])]", CacheWarmer + """

            public static class StartupChecks
            {
                [PostStart(Order = -1)]
                public static void EnsureDataDirectory() { }
            }
            """));

    [Fact]
    public Task Exec_postStart_is_clean()
        => Verify.VerifyAsync(App("[assembly: LifecycleHooks(PostStartHandler = LifecycleHookHandler.Exec)]"));

    [Fact]
    public Task HttpGet_without_PostStart_methods_is_clean()
        => Verify.VerifyAsync(App("[assembly: LifecycleHooks(PostStartHandler = LifecycleHookHandler.HttpGet)]", Deregister));

    [Fact]
    public Task MSBuild_Exec_wins_over_an_HttpGet_attribute()
        => Verify.VerifyAsync(
            App("[assembly: LifecycleHooks(PostStartHandler = LifecycleHookHandler.HttpGet)]"),
            FromMsBuild(null, ("PostStartHandler", "Exec")));
}
