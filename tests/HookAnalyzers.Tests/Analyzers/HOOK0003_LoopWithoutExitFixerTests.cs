using Fix = HookAnalyzers.Tests.Infrastructure.CodeFixVerifier<HookAnalyzers.Analyzers.Rules.LoopWithoutExitAnalyzer, HookAnalyzers.CodeFixes.Rules.LoopWithoutExitFixer>;

namespace HookAnalyzers.Tests.Analyzers;

public sealed class HOOK0003_LoopWithoutExitFixerTests
{
    private const string Registry = """
        using System.Collections.Concurrent;

        public interface IRegistry { Task<bool> TryDeregisterAsync(); }

        """;

    [Fact]
    public Task Inserts_throw_if_cancellation_requested_as_the_first_statement()
        => Fix.VerifyFixAsync(
            Registry + HookBodies.Frame(
            "sealed class RegistryHooks(IRegistry registry)", "PreStop", "async Task DeregisterAsync(CancellationToken cancellationToken)", """
            [|while (true)|]
            {
                await registry.TryDeregisterAsync();
            }
            """),
            Registry + HookBodies.Frame(
            "sealed class RegistryHooks(IRegistry registry)", "PreStop", "async Task DeregisterAsync(CancellationToken cancellationToken)", """
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                await registry.TryDeregisterAsync();
            }
            """));

    [Fact]
    public Task Fix_all_handles_every_loop_and_wraps_a_single_statement_body()
        => Fix.VerifyFixAllAsync(
            Registry + """
            public static class Outbox
            {
                [PreStop]
                public static void Drain(ConcurrentQueue<string> pending, CancellationToken ct)
                {
                    for (;;)
                        pending.TryDequeue(out _);
                }

                [PostStart]
                public static void Warm(ConcurrentQueue<string> pending, CancellationToken ct)
                {
                    do
                    {
                        pending.Enqueue("warm");
                    }
                    while (true);
                }
            }
            """,
            Registry + """
            public static class Outbox
            {
                [PreStop]
                public static void Drain(ConcurrentQueue<string> pending, CancellationToken ct)
                {
                    for (;;)
                    {
                        ct.ThrowIfCancellationRequested();
                        pending.TryDequeue(out _);
                    }
                }

                [PostStart]
                public static void Warm(ConcurrentQueue<string> pending, CancellationToken ct)
                {
                    do
                    {
                        ct.ThrowIfCancellationRequested();
                        pending.Enqueue("warm");
                    }
                    while (true);
                }
            }
            """);

    [Fact]
    public Task No_fix_when_no_token_is_in_scope()
        => Fix.VerifyNoFixAsync(Registry + HookBodies.Frame(
            "static class Outbox", "PreStop", "static void Drain(ConcurrentQueue<string> pending)", """
            while (true)
            {
                pending.TryDequeue(out _);
            }
            """));
}
