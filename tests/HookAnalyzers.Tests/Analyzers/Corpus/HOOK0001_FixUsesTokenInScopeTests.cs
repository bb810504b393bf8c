using Fix = HookAnalyzers.Tests.Infrastructure.CodeFixVerifier<HookAnalyzers.Analyzers.Rules.BlockingCallInHookAnalyzer, HookAnalyzers.CodeFixes.Rules.BlockingCallInHookFixer>;

namespace HookAnalyzers.Tests.Analyzers.Corpus;

/// <summary>The HOOK0001 fix passes the token in scope to Task.Delay, and finds the blocking call from its member-only location.</summary>
public sealed class HOOK0001_FixUsesTokenInScopeTests
{
    private const string Outbox = """
        public interface IOutbox { Task<int> FlushAsync(CancellationToken ct); }

        """;

    [Fact]
    public Task Sleep_gets_a_linked_token_declared_before_it()
        => Fix.VerifyFixAsync(
            Outbox + HookBodies.Frame(
            "sealed class Drain(CancellationTokenSource shutdown)", "PreStop", "void Stop()", """
            var stopping = shutdown.Token;
            Thread.[|Sleep(500)|];
            """),
            Outbox + HookBodies.Frame(
            "sealed class Drain(CancellationTokenSource shutdown)", "PreStop", "async Task Stop()", """
            var stopping = shutdown.Token;
            await Task.Delay(500, stopping);
            """));

    [Fact]
    public Task GetResult_at_the_end_of_a_multi_line_chain_becomes_await()
        => Fix.VerifyFixAsync(
            Outbox + HookBodies.Frame(
            "sealed class Drain(IOutbox outbox)", "PreStop", "void Stop(CancellationToken ct)", """
            var flushed = outbox
                .FlushAsync(ct)
                .GetAwaiter()
                .[|GetResult()|];
            Console.WriteLine(flushed);
            """),
            Outbox + HookBodies.Frame(
            "sealed class Drain(IOutbox outbox)", "PreStop", "async Task Stop(CancellationToken ct)", """
            var flushed = await outbox
                .FlushAsync(ct);
            Console.WriteLine(flushed);
            """));
}
