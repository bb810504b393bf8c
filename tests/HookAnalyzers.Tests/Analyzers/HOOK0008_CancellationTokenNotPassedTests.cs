using FixVerifier = HookAnalyzers.Tests.Infrastructure.CodeFixVerifier<HookAnalyzers.Analyzers.Rules.CancellationTokenNotPassedAnalyzer, HookAnalyzers.CodeFixes.Rules.CancellationTokenNotPassedFixer>;
using Verifier = HookAnalyzers.Tests.Infrastructure.AnalyzerVerifier<HookAnalyzers.Analyzers.Rules.CancellationTokenNotPassedAnalyzer>;

namespace HookAnalyzers.Tests.Analyzers;

public sealed class HOOK0008_CancellationTokenNotPassedTests
{
    private const string Services = """
        public interface IOutbox
        {
            Task FlushAsync(int batchSize = 100, CancellationToken cancellationToken = default);
        }

        public interface IRegistry
        {
            Task DeregisterAsync(string serviceId);
            Task DeregisterAsync(string serviceId, CancellationToken cancellationToken);
            Task HeartbeatAsync(string serviceId, int ttlSeconds = 30);
            Task HeartbeatAsync(string serviceId, int ttlSeconds, CancellationToken cancellationToken);
            Task RenameAsync(string serviceId);
            Task RenameAsync(CancellationToken cancellationToken, string serviceId);
        }

        public static class CacheExtensions
        {
            public static Task WarmAsync(this ICache cache, string region) => Task.CompletedTask;
            public static Task WarmAsync(this ICache cache, string region, CancellationToken ct) => Task.CompletedTask;
        }

        public interface ICache { }
        """;

    private static AnalyzerTestOptions WithServices => new() { OtherSources = [Services] };

    [Fact]
    public Task Optional_token_parameter_left_out_is_reported()
        => Verifier.VerifyAsync(HookBodies.Frame(
            "sealed class OutboxDrainer(IOutbox outbox)", "PreStop", "async Task FlushAsync(CancellationToken ct)", """
            await outbox.[|FlushAsync()|];
            await outbox.[|FlushAsync(50)|];
            """), WithServices);

    [Fact]
    public Task Overload_with_a_trailing_token_is_reported()
        => Verifier.VerifyAsync(HookBodies.Frame(
            "static class Registration", "PreStop", "static async Task DeregisterAsync(IRegistry registry, CancellationToken stopping)", """
            await registry.[|DeregisterAsync("orders-7f9")|];
            await Task.[|Delay(500)|];
            """), WithServices);

    [Fact]
    public Task Extension_overload_and_call_in_a_lambda_without_its_own_token_are_reported_but_not_Task_Run()
        => Verifier.VerifyAsync("""
            public sealed class CacheWarmer(ICache cache)
            {
                [PostStart]
                public Task WarmAsync(CancellationToken ct)
                    => Task.WhenAll(
                        cache.[|WarmAsync("eu")|],
                        Task.Run(async () => await cache.[|WarmAsync("us")|])); // Task.Run's token only stops a task not yet started
            }
            """, WithServices);

    [Fact]
    public Task Omitted_optional_argument_with_an_overload_that_takes_it_too_is_reported()
        => Verifier.VerifyAsync("""
            public sealed class Heartbeat(IRegistry registry)
            {
                [PostStart]
                public Task BeatAsync(CancellationToken ct) => registry.[|HeartbeatAsync("orders", 10)|];
            }
            """, WithServices);

    [Fact]
    public Task Token_already_passed_is_not_reported_but_None_and_default_are()
        => Verifier.VerifyAsync(HookBodies.Frame(
            "sealed class OutboxDrainer(IOutbox outbox, IRegistry registry)", "PreStop", "async Task FlushAsync(CancellationToken ct)", """
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct);
            await outbox.FlushAsync(cancellationToken: linked.Token);
            await outbox.FlushAsync(10, [|CancellationToken.None|]);
            await registry.DeregisterAsync("orders", [|default|]);
            await Task.Delay(100, ct).ConfigureAwait(false);
            """), WithServices);

    [Fact]
    public Task Same_call_outside_a_hook_or_in_a_hook_without_a_token_is_not_reported()
        => Verifier.VerifyAsync("""
            public sealed class OutboxDrainer(IOutbox outbox)
            {
                public Task FlushLaterAsync(CancellationToken ct) => outbox.FlushAsync();

                [PreStop]
                public Task FlushAsync() => outbox.FlushAsync();
            }
            """, WithServices);

    [Fact]
    public Task Unmappable_overloads_and_lambdas_with_their_own_token_are_not_reported()
        => Verifier.VerifyAsync(HookBodies.Frame(
            "sealed class Registration(IRegistry registry, IOutbox outbox)", "PreStop", "async Task DeregisterAsync(CancellationToken ct)", """
            // The token overload puts the token first: the fix could not map it.
            await registry.RenameAsync("orders");
            // Omitted ttlSeconds is not optional in the token overload.
            await registry.HeartbeatAsync("orders");
            Func<CancellationToken, Task> flush = token => outbox.FlushAsync();
            await flush(ct);
            await Task.Run(static () => Task.Delay(10), ct);
            """), WithServices);

    [Fact]
    public Task Fix_passes_the_token_positionally_or_named()
        => FixVerifier.VerifyFixAsync(
            HookBodies.Frame(
            "sealed class OutboxDrainer(IOutbox outbox, IRegistry registry)", "PreStop", "async Task FlushAsync(CancellationToken ct)", """
            await outbox.[|FlushAsync()|];
            await registry.[|DeregisterAsync("orders-7f9")|];
            await registry.[|HeartbeatAsync("orders", ttlSeconds: 5)|];
            """),
            HookBodies.Frame(
            "sealed class OutboxDrainer(IOutbox outbox, IRegistry registry)", "PreStop", "async Task FlushAsync(CancellationToken ct)", """
            await outbox.FlushAsync(cancellationToken: ct);
            await registry.DeregisterAsync("orders-7f9", ct);
            await registry.HeartbeatAsync("orders", ttlSeconds: 5, cancellationToken: ct);
            """),
            WithServices);

    [Fact]
    public Task Fix_uses_the_next_positional_slot_and_the_extension_overload()
        => FixVerifier.VerifyFixAsync(
            HookBodies.Frame(
            "sealed class CacheWarmer(ICache cache, IOutbox outbox)", "PostStart", "async Task WarmAsync(CancellationToken stopping)", """
            await outbox.[|FlushAsync(50)|];
            await cache.[|WarmAsync("eu")|];
            """),
            HookBodies.Frame(
            "sealed class CacheWarmer(ICache cache, IOutbox outbox)", "PostStart", "async Task WarmAsync(CancellationToken stopping)", """
            await outbox.FlushAsync(50, stopping);
            await cache.WarmAsync("eu", stopping);
            """),
            WithServices);

    [Fact]
    public Task Fix_all_passes_the_token_to_every_call()
        => FixVerifier.VerifyFixAllAsync(
            HookBodies.Frame(
            "static class Registration", "PreStop", "static async Task DeregisterAsync(IRegistry registry, CancellationToken ct)", """
            await registry.[|DeregisterAsync("a")|];
            await Task.[|Delay(250)|];
            await registry.[|DeregisterAsync("b")|];
            """),
            HookBodies.Frame(
            "static class Registration", "PreStop", "static async Task DeregisterAsync(IRegistry registry, CancellationToken ct)", """
            await registry.DeregisterAsync("a", ct);
            await Task.Delay(250, ct);
            await registry.DeregisterAsync("b", ct);
            """),
            WithServices);

    [Fact]
    public Task Fix_in_a_local_function_uses_the_captured_hook_token()
        => FixVerifier.VerifyFixAsync(
            HookBodies.Frame(
            "sealed class Registration(IRegistry registry)", "PreStop", "Task DeregisterAsync(CancellationToken ct)", """
            return Deregister("orders-7f9");

            Task Deregister(string id) => registry.[|DeregisterAsync(id)|];
            """),
            HookBodies.Frame(
            "sealed class Registration(IRegistry registry)", "PreStop", "Task DeregisterAsync(CancellationToken ct)", """
            return Deregister("orders-7f9");

            Task Deregister(string id) => registry.DeregisterAsync(id, ct);
            """),
            WithServices);
}
