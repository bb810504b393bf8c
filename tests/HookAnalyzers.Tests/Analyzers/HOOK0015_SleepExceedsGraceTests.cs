using HookAnalyzers.Tests.Infrastructure;
using Xunit;
using Verify = HookAnalyzers.Tests.Infrastructure.AnalyzerVerifier<HookAnalyzers.Analyzers.Rules.SleepExceedsGraceAnalyzer>;

namespace HookAnalyzers.Tests.Analyzers;

public sealed class HOOK0015_SleepExceedsGraceTests
{
    /// <summary>A postStart hook only: preStop is then just the drain delay, emitted as a sleep.</summary>
    private const string WarmOnly = """

        public interface ICache { Task LoadAsync(CancellationToken ct); }

        public sealed class CacheWarmer(ICache cache)
        {
            [PostStart(TimeoutSeconds = 20)]
            public Task WarmAsync(CancellationToken ct) => cache.LoadAsync(ct);
        }
        """;

    private static string App(string settings, string hooks = WarmOnly) => $$"""
        using System.Threading;
        using System.Threading.Tasks;
        using HookAnalyzers;

        {{settings}}
        """ + hooks;

    [Fact]
    public async Task Sleep_longer_than_grace_is_an_error_on_the_grace_argument()
    {
        var source = App("[assembly: LifecycleHooks(DrainDelaySeconds = 20, [|TerminationGracePeriodSeconds = 15|])]");
        await Verify.VerifyAsync(source);
        var diagnostic = Assert.Single(await Verify.GetDiagnosticsAsync(Markup.Parse(source).Source));
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains("sleep of 20 s", diagnostic.GetMessage());
    }

    [Fact]
    public Task Settings_attribute_without_any_hook_method_still_gets_a_sleep()
        => Verify.VerifyAsync(App("[assembly: LifecycleHooks(DrainDelaySeconds = 10, [|TerminationGracePeriodSeconds = 5|])]", hooks: ""));

    [Fact]
    public Task Values_from_MSBuild_are_reported_without_location()
        => Verify.VerifyAsync(App(""), new AnalyzerTestOptions
        {
            MsBuildProperties = new Dictionary<string, string>
            {
                ["LifecycleHooksDrainDelaySeconds"] = "30",
                ["LifecycleHooksTerminationGracePeriodSeconds"] = "25",
            },
            ExpectedWithoutLocation = ["HOOK0015"],
        });

    [Fact]
    public Task Sleep_equal_to_grace_is_accepted_by_the_API_server()
        => Verify.VerifyAsync(App("[assembly: LifecycleHooks(DrainDelaySeconds = 15, TerminationGracePeriodSeconds = 15)]"));

    [Fact]
    public Task No_sleep_when_a_PreStop_method_serves_the_drain()
        => Verify.VerifyAsync(App("[assembly: LifecycleHooks(DrainDelaySeconds = 20, TerminationGracePeriodSeconds = 15)]", WarmOnly + """

            public static class Registry
            {
                [PreStop]
                public static void Deregister() { }
            }
            """));

    [Fact]
    public Task No_sleep_before_Kubernetes_1_30()
        => Verify.VerifyAsync(App("[assembly: LifecycleHooks(DrainDelaySeconds = 20, TerminationGracePeriodSeconds = 15, KubernetesVersion = \"1.29\")]"));

    [Fact]
    public Task Computed_grace_always_covers_the_sleep()
        => Verify.VerifyAsync(App("[assembly: LifecycleHooks(DrainDelaySeconds = 120)]"));
}
