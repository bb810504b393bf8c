using HookAnalyzers.Analyzers.Rules;
using Verifier = HookAnalyzers.Tests.Infrastructure.AnalyzerVerifier<HookAnalyzers.Analyzers.Rules.LoopWithoutExitAnalyzer>;

namespace HookAnalyzers.Tests.Analyzers;

public sealed class HOOK0003_LoopWithoutExitTests
{
    private const string Registry = """
        using System.Collections.Concurrent;

        public interface IRegistry { Task<bool> TryDeregisterAsync(CancellationToken ct); Task<bool> TryDeregisterAsync(); }

        """;

    [Fact]
    public async Task While_true_polling_a_registry_is_reported()
    {
        var source = Registry + HookBodies.Frame(
            "sealed class RegistryHooks(IRegistry registry)", "PreStop", "async Task DeregisterAsync(CancellationToken ct)", """
            [|while (true)|]
            {
                await registry.TryDeregisterAsync();
                await Task.Delay(1000);
            }
            """);
        var diagnostic = await Verifier.VerifySingleAsync(source);
        Assert.Equal("'while (true)' in hook 'RegistryHooks.DeregisterAsync' has no exit and never checks cancellation", diagnostic.GetMessage());
    }

    [Fact]
    public Task For_ever_and_do_while_true_are_reported()
        => Verifier.VerifyAsync(Registry + """
            public static class Outbox
            {
                [PreStop]
                public static void Drain(ConcurrentQueue<string> pending)
                {
                    [|for (;;)|]
                    {
                        pending.TryDequeue(out _);
                    }
                }

                [PostStart]
                public static void Warm(ConcurrentQueue<string> pending)
                {
                    [|do|]
                    {
                        pending.Enqueue("warm");
                    }
                    while (true);
                }
            }
            """);

    [Fact]
    public Task Break_of_an_inner_loop_or_a_passed_none_token_does_not_count()
        => Verifier.VerifyAsync(Registry + HookBodies.Frame(
            "sealed class RegistryHooks(IRegistry registry)", "PreStop", "async Task DeregisterAsync(CancellationToken ct)", """
            [|while (true)|]
            {
                foreach (var attempt in new[] { 1, 2 })
                {
                    break;
                }

                Func<int> lambda = () => { return 1; };
                await registry.TryDeregisterAsync(CancellationToken.None);
                _ = Task.Delay(1000, ct); // not awaited: cancellation does not stop the loop
            }
            """));

    [Fact]
    public Task Loop_with_break_is_not_reported()
        => Verifier.VerifyAsync(Registry + HookBodies.Frame(
            "sealed class RegistryHooks(IRegistry registry)", "PreStop", "async Task DeregisterAsync()", """
            while (true)
            {
                if (await registry.TryDeregisterAsync())
                {
                    break;
                }
            }

            for (;;)
            {
                if (await registry.TryDeregisterAsync()) return;
            }
            """));

    [Fact]
    public Task Loop_that_checks_the_token_is_not_reported()
        => Verifier.VerifyAsync(Registry + """
            public sealed class RegistryHooks(IRegistry registry)
            {
                [PreStop]
                public async Task DeregisterAsync(CancellationToken ct)
                {
                    while (true)
                    {
                        ct.ThrowIfCancellationRequested();
                        await registry.TryDeregisterAsync();
                    }
                }

                [PostStart]
                public async Task WarmAsync(CancellationToken ct)
                {
                    while (true)
                    {
                        if (ct.IsCancellationRequested) { }
                        await Task.Delay(1);
                    }
                }

                [PostStart(Order = 2)]
                public async Task PollAsync(CancellationToken ct)
                {
                    do
                    {
                        await Task.Delay(1000, ct);
                    }
                    while (true);
                }
            }
            """);

    [Fact]
    public Task Conditional_loops_and_loops_outside_hooks_are_not_reported()
        => Verifier.VerifyAsync(Registry + """
            public sealed class RegistryHooks(IRegistry registry)
            {
                [PreStop]
                public async Task DeregisterAsync()
                {
                    var attempts = 0;
                    while (attempts++ < 5 && !await registry.TryDeregisterAsync())
                    {
                    }
                }

                public static void Worker(ConcurrentQueue<string> queue)
                {
                    while (true)
                    {
                        queue.TryDequeue(out _);
                    }
                }
            }
            """);
}
