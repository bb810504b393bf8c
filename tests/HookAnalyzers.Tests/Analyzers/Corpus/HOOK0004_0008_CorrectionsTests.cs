using Delay = HookAnalyzers.Tests.Infrastructure.AnalyzerVerifier<HookAnalyzers.Analyzers.Rules.DelayExceedsBudgetAnalyzer>;
using Token = HookAnalyzers.Tests.Infrastructure.AnalyzerVerifier<HookAnalyzers.Analyzers.Rules.CancellationTokenNotPassedAnalyzer>;
using TokenFix = HookAnalyzers.Tests.Infrastructure.CodeFixVerifier<HookAnalyzers.Analyzers.Rules.CancellationTokenNotPassedAnalyzer, HookAnalyzers.CodeFixes.Rules.CancellationTokenNotPassedFixer>;

namespace HookAnalyzers.Tests.Analyzers.Corpus;

/// <summary>HOOK0004's wait-until-cancelled idiom, HOOK0008 on None/default and not on blocking waits or Task.Run.</summary>
public sealed class HOOK0004_0008_CorrectionsTests
{
    [Fact]
    public Task HOOK0004_an_infinite_delay_bounded_by_a_token_is_not_reported()
        => Delay.VerifyAsync(HookBodies.Frame(
            "static class Drain", "PreStop(TimeoutSeconds = 5)", "static async Task WaitForStopAsync(CancellationToken ct)", """
            try
            {
                await Task.Delay(Timeout.Infinite, ct);
            }
            catch (OperationCanceledException)
            {
            }

            await Task.Delay(Timeout.InfiniteTimeSpan, ct).ContinueWith(_ => { }, TaskScheduler.Default);
            await Task.Delay([|Timeout.Infinite|]);
            await Task.Delay([|Timeout.Infinite|], CancellationToken.None);
            """));

    [Fact]
    public Task HOOK0008_None_and_default_are_reported_blocking_waits_and_Task_Run_are_not()
        => Token.VerifyAsync("""
            public interface IOutbox { Task FlushAsync(CancellationToken ct = default); }

            public sealed class Drain(IOutbox outbox)
            {
                [PreStop]
                public async Task StopAsync(CancellationToken ct)
                {
                    await outbox.FlushAsync([|CancellationToken.None|]);
                    await outbox.FlushAsync(ct: [|default|]);
                    await Task.Run(() => Console.WriteLine("flushed"));
                    Task.Delay(10, ct).Wait();
                    await outbox.FlushAsync(ct);
                }
            }
            """);

    [Fact]
    public Task HOOK0008_fix_replaces_None_with_the_hook_token()
        => TokenFix.VerifyFixAsync(
            """
            public interface IOutbox { Task FlushAsync(CancellationToken ct = default); }

            public sealed class Drain(IOutbox outbox)
            {
                [PreStop]
                public async Task StopAsync(CancellationToken stopping)
                {
                    await outbox.FlushAsync([|CancellationToken.None|]);
                    await outbox.FlushAsync(ct: [|default|]);
                }
            }
            """,
            """
            public interface IOutbox { Task FlushAsync(CancellationToken ct = default); }

            public sealed class Drain(IOutbox outbox)
            {
                [PreStop]
                public async Task StopAsync(CancellationToken stopping)
                {
                    await outbox.FlushAsync(stopping);
                    await outbox.FlushAsync(ct: stopping);
                }
            }
            """);
}
