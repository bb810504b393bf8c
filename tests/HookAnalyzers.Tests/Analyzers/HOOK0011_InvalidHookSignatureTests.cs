using Verify = HookAnalyzers.Tests.Infrastructure.AnalyzerVerifier<HookAnalyzers.Analyzers.Rules.InvalidHookSignatureAnalyzer>;

namespace HookAnalyzers.Tests.Analyzers;

public sealed class HOOK0011_InvalidHookSignatureTests
{
    [Fact]
    public Task Private_hook_method_is_reported_on_its_name()
        => Verify.VerifyAsync("""
            public sealed class CacheWarmer
            {
                [PostStart]
                private Task [|WarmAsync|](CancellationToken ct) => Task.CompletedTask;
            }
            """);

    [Fact]
    public Task Hook_returning_a_value_is_reported()
        => Verify.VerifyAsync("""
            public static class Outbox
            {
                [PreStop(TimeoutSeconds = 8)]
                public static Task<int> [|FlushAsync|](CancellationToken ct) => Task.FromResult(3);
            }
            """);

    [Fact]
    public Task Generic_hook_is_reported()
        => Verify.VerifyAsync("""
            public static class Registry
            {
                [PreStop]
                public static Task [|DeregisterAsync|]<TService>(CancellationToken ct) => Task.CompletedTask;
            }
            """);

    [Fact]
    public Task Non_service_parameter_is_reported_on_the_parameter()
        => Verify.VerifyAsync("""
            public interface IOutbox { Task FlushAsync(CancellationToken ct); }

            public static class Outbox
            {
                [PreStop]
                public static Task FlushAsync(IOutbox outbox, int [|batchSize|], string [|queue|], CancellationToken ct) => outbox.FlushAsync(ct);
            }
            """);

    [Fact]
    public Task Instance_hook_on_a_struct_is_reported()
        => Verify.VerifyAsync("""
            public struct Checkpoint
            {
                [PreStop]
                public void [|Write|]() { }
            }
            """);

    [Fact]
    public Task Several_problems_are_all_reported()
        => Verify.VerifyAsync("""
            internal sealed class Warmers
            {
                [PostStart]
                private static int {|HOOK0011:{|HOOK0011:Warm|}|}() => 0;
            }
            """);

    [Fact]
    public Task Local_function_hook_is_reported()
        => Verify.VerifyAsync("""
            public static class Startup
            {
                public static void Configure()
                {
                    [PostStart]
                    static void [|Warm|]() { }

                    Warm();
                }
            }
            """);

    [Fact]
    public async Task Message_is_the_parsers_sentence()
    {
        var diagnostics = await Verify.GetDiagnosticsAsync("""
            public static class Outbox
            {
                [PreStop]
                public static Task<int> FlushAsync() => Task.FromResult(0);
            }
            """);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(
            "Hook method 'Outbox.FlushAsync' returns 'System.Threading.Tasks.Task<int>'; a hook returns void, Task or ValueTask; the hook is not generated and never runs",
            diagnostic.GetMessage());
    }

    [Fact]
    public Task Valid_static_hook_with_services_and_token_is_clean()
        => Verify.VerifyAsync("""
            public interface IOutbox { Task FlushAsync(CancellationToken ct); }

            public static class Outbox
            {
                [PreStop(Order = 10, TimeoutSeconds = 8)]
                public static Task FlushAsync(IOutbox outbox, IOutbox? optional, CancellationToken ct) => outbox.FlushAsync(ct);
            }
            """);

    [Fact]
    public Task Valid_instance_hooks_returning_void_and_ValueTask_are_clean()
        => Verify.VerifyAsync("""
            public interface ICache { ValueTask LoadAsync(CancellationToken ct); }

            public sealed class CacheWarmer(ICache cache)
            {
                [PostStart(TimeoutSeconds = 20)]
                public ValueTask WarmAsync(CancellationToken ct) => cache.LoadAsync(ct);

                [PreStop]
                internal void Forget() { }
            }
            """);

    [Fact]
    public Task Ordinary_methods_with_bad_signatures_are_not_hooks()
        => Verify.VerifyAsync("""
            public sealed class Helpers
            {
                private static Task<int> CountAsync<T>(int batch) => Task.FromResult(batch);

                public int Add(int a, int b) => a + b;
            }
            """);

    [Fact]
    public Task Static_hook_on_a_struct_is_clean()
        => Verify.VerifyAsync("""
            public struct Checkpoint
            {
                [PreStop]
                public static void Write() { }
            }
            """);
}
