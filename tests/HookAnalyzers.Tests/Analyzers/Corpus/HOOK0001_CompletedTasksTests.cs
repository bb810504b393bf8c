using Verify = HookAnalyzers.Tests.Infrastructure.AnalyzerVerifier<HookAnalyzers.Analyzers.Rules.BlockingCallInHookAnalyzer>;

namespace HookAnalyzers.Tests.Analyzers.Corpus;

/// <summary>HOOK0001 stays quiet on results of tasks the body proves complete, and only then.</summary>
public sealed class HOOK0001_CompletedTasksTests
{
    private const string Registry = """
        public interface IRegistry { Task<int> CountAsync(string region); }

        """;

    [Fact]
    public Task Members_of_a_collection_passed_to_an_awaited_WhenAll_are_complete()
        => Verify.VerifyAsync(Registry + HookBodies.Frame(
            "sealed class Census(IRegistry registry)", "PreStop", "async Task CountAsync(CancellationToken ct)", """
            var eu = registry.CountAsync("eu");
            var us = registry.CountAsync("us");
            var regions = new[] { eu, us };
            await Task.WhenAll(regions);
            Console.WriteLine(eu.Result + us.GetAwaiter().GetResult() + regions[0].Result);

            var pending = new List<Task<int>>();
            pending.Add(registry.CountAsync("ap"));
            var sa = registry.CountAsync("sa");
            pending.Add(sa);
            await Task.WhenAll(pending).ConfigureAwait(false);
            foreach (var region in pending)
            {
                Console.WriteLine(region.Result);
            }

            Console.WriteLine(pending.Sum(region => region.Result) + sa.Result);
            """));

    [Fact]
    public Task An_await_in_a_branch_does_not_prove_completion_after_it()
        => Verify.VerifyAsync(Registry + HookBodies.Frame(
            "sealed class Census(IRegistry registry)", "PreStop", "async Task CountAsync(bool quick, CancellationToken ct)", """
            var eu = registry.CountAsync("eu");
            var us = registry.CountAsync("us");
            if (quick)
            {
                await eu;
            }

            var later = new List<Task<int>> { us };
            Console.WriteLine(eu.[|Result|]);
            Console.WriteLine(later.Sum(region => region.[|Result|]));
            await Task.WhenAll(later);
            """));

    [Fact]
    public Task IsCompleted_guards_and_early_exits_prove_completion()
        => Verify.VerifyAsync(Registry + HookBodies.Frame(
            "sealed class Warmup(IRegistry registry)", "PostStart", "async Task WarmAsync(CancellationToken ct)", """
            var count = registry.CountAsync("eu");
            var value = count.IsCompletedSuccessfully ? count.Result : await count;
            if (count.IsCompleted)
            {
                Console.WriteLine(count.GetAwaiter().GetResult());
            }

            var other = registry.CountAsync("us");
            if (!other.IsCompleted)
            {
                Console.WriteLine(other.[|Result|]);
                return;
            }

            Console.WriteLine(value + other.Result);
            """));

    [Fact]
    public Task The_antecedent_inside_its_own_continuation_and_the_WhenAny_winner_are_complete()
        => Verify.VerifyAsync(Registry + HookBodies.Frame(
            "sealed class Warmup(IRegistry registry)", "PostStart", "async Task WarmAsync(CancellationToken ct)", """
            var count = registry.CountAsync("eu");
            var logged = count.ContinueWith(done => Console.WriteLine(done.Result), ct);
            var again = count.ContinueWith(_ => count.Result + 1, ct);
            await Task.WhenAll(logged, again);

            var first = await Task.WhenAny(registry.CountAsync("us"), registry.CountAsync("ap"));
            Console.WriteLine(first.Result);

            var other = registry.CountAsync("sa");
            _ = count.ContinueWith(_ => other.[|Result|], ct);
            """));
}
