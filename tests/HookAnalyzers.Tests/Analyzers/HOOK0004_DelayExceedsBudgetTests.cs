using HookAnalyzers.Analyzers.Rules;
using Verifier = HookAnalyzers.Tests.Infrastructure.AnalyzerVerifier<HookAnalyzers.Analyzers.Rules.DelayExceedsBudgetAnalyzer>;

namespace HookAnalyzers.Tests.Analyzers;

public sealed class HOOK0004_DelayExceedsBudgetTests
{
    [Fact]
    public async Task Delay_longer_than_the_attribute_timeout_is_reported_with_both_numbers()
    {
        var source = HookBodies.Frame(
            "static class Registry", "PreStop(TimeoutSeconds = 8)", "static async Task DeregisterAsync(CancellationToken ct)", """
            await Task.Delay([|TimeSpan.FromSeconds(30)|], ct);
            """);
        var diagnostic = await Verifier.VerifySingleAsync(source);
        Assert.Equal("'Task.Delay' with 30 s exceeds the 8 s timeout of hook 'Registry.DeregisterAsync' (TimeoutSeconds); the hook is cancelled first", diagnostic.GetMessage());
    }

    [Fact]
    public Task Milliseconds_minutes_constructor_and_infinite_forms_are_folded()
        => Verifier.VerifyAsync(HookBodies.Frame(
            "sealed class OutboxHooks", "PreStop", "async Task FlushAsync(CancellationToken ct, Task pending)", """
            await Task.Delay([|15_000|], ct);
            Thread.Sleep([|Timeout.Infinite|]);
            using var cts = new CancellationTokenSource();
            cts.CancelAfter([|TimeSpan.FromMinutes(1)|]);
            await pending.WaitAsync([|new TimeSpan(0, 0, 45)|], ct);
            await pending.WaitAsync([|Timeout.InfiniteTimeSpan|]);
            using var http = new HttpClient { Timeout = [|TimeSpan.FromMinutes(2)|] };
            """));

    [Fact]
    public async Task Default_timeout_comes_from_the_assembly_attribute_and_the_msbuild_property()
    {
        var source = """
            [assembly: LifecycleHooks(DefaultTimeoutSeconds = 5)]

            public sealed class CacheWarmer
            {
                // A field initializer is not part of the hook.
                private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(60) };

                [PostStart]
                public void Warm() => _http.Timeout = [|TimeSpan.FromSeconds(6)|];
            }
            """;
        await Verifier.VerifyAsync(source);
        // The MSBuild property wins over the attribute: 10 s is enough for a 6 s timeout.
        await Verifier.VerifyAsync(source.Replace("[|", "").Replace("|]", ""), new AnalyzerTestOptions
        {
            MsBuildProperties = new Dictionary<string, string> { ["LifecycleHooksDefaultTimeoutSeconds"] = "10" },
        });
        var diagnostic = Assert.Single(await Verifier.GetDiagnosticsAsync(Markup.Parse(source).Source));
        Assert.Contains("'HttpClient.Timeout' with 6 s exceeds the 5 s timeout", diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("(DefaultTimeoutSeconds)", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public Task Delay_within_the_timeout_is_not_reported()
        => Verifier.VerifyAsync(HookBodies.Frame(
            "static class Registry", "PreStop(TimeoutSeconds = 20)", "static async Task DeregisterAsync(CancellationToken ct)", """
            await Task.Delay(TimeSpan.FromSeconds(20), ct);
            await Task.Delay(5_000, ct);
            Thread.Sleep(TimeSpan.FromMilliseconds(1500));
            """));

    [Fact]
    public Task Non_constant_delays_and_delays_outside_hooks_are_not_reported()
        => Verifier.VerifyAsync("""
            public static class Registry
            {
                [PreStop(TimeoutSeconds = 2)]
                public static async Task DeregisterAsync(TimeSpan configured, CancellationToken ct)
                {
                    await Task.Delay(configured, ct);
                    await Task.Delay(TimeSpan.FromSeconds(configured.TotalSeconds * 10), ct);
                }

                public static Task Background(CancellationToken ct) => Task.Delay(TimeSpan.FromHours(1), ct);
            }
            """);

    [Fact]
    public Task User_methods_with_a_timeout_parameter_are_not_reported()
        => Verifier.VerifyAsync("""
            public static class Registry
            {
                private static Task Deregister(TimeSpan timeout) => Task.CompletedTask;

                [PreStop(TimeoutSeconds = 2)]
                public static Task DeregisterAsync() => Deregister(TimeSpan.FromMinutes(5));
            }
            """);
}
