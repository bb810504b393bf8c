using HookAnalyzers.Analyzers.Rules;
using HookAnalyzers.CodeFixes.Rules;
using Fix = HookAnalyzers.Tests.Infrastructure.CodeFixVerifier<HookAnalyzers.Analyzers.Rules.BlockingCallInHookAnalyzer, HookAnalyzers.CodeFixes.Rules.BlockingCallInHookFixer>;

namespace HookAnalyzers.Tests.Analyzers;

public sealed class HOOK0001_BlockingCallInHookFixerTests
{
    private const string Outbox = """
        public interface IOutbox { Task<int> FlushAsync(CancellationToken ct); Task CloseAsync(); }

        """;

    [Fact]
    public Task Thread_sleep_becomes_task_delay_with_the_token_and_void_becomes_async_task()
        => Fix.VerifyFixAsync(
            Outbox + HookBodies.Frame(
            "static class Registry", "PreStop", "static void Deregister(CancellationToken ct)", """
            Thread.[|Sleep(2000)|];
            """),
            Outbox + HookBodies.Frame(
            "static class Registry", "PreStop", "static async Task Deregister(CancellationToken ct)", """
            await Task.Delay(2000, ct);
            """));

    [Fact]
    public Task Thread_sleep_without_a_token_becomes_task_delay()
        => Fix.VerifyFixAsync(
            Outbox + """
            public static class Registry
            {
                [PreStop]
                public static void Deregister() => Thread.[|Sleep(TimeSpan.FromSeconds(1))|];
            }
            """,
            Outbox + """
            public static class Registry
            {
                [PreStop]
                public static async Task Deregister() => await Task.Delay(TimeSpan.FromSeconds(1));
            }
            """);

    [Fact]
    public Task Result_becomes_await_and_completed_task_return_goes_away()
        => Fix.VerifyFixAsync(
            Outbox + HookBodies.Frame(
            "sealed class OutboxHooks(IOutbox outbox)", "PreStop(TimeoutSeconds = 8)", "Task FlushAsync(CancellationToken ct)", """
            var flushed = outbox.FlushAsync(ct).[|Result|];
            Console.WriteLine(outbox.FlushAsync(ct).[|Result|].ToString());
            return Task.CompletedTask;
            """),
            Outbox + HookBodies.Frame(
            "sealed class OutboxHooks(IOutbox outbox)", "PreStop(TimeoutSeconds = 8)", "async Task FlushAsync(CancellationToken ct)", """
            var flushed = await outbox.FlushAsync(ct);
            Console.WriteLine((await outbox.FlushAsync(ct)).ToString());
            """));

    [Fact]
    public Task Wait_and_get_result_become_await_in_a_task_returning_hook()
        => Fix.VerifyFixAsync(
            Outbox + """
            public sealed class OutboxHooks(IOutbox outbox)
            {
                [PreStop]
                public Task FlushAsync(CancellationToken ct)
                {
                    outbox.FlushAsync(ct).GetAwaiter().GetResult();
                    return outbox.CloseAsync();
                }

                [PreStop(Order = 2)]
                public void Close() => outbox.CloseAsync().Wait();
            }
            """,
            Outbox + """
            public sealed class OutboxHooks(IOutbox outbox)
            {
                [PreStop]
                public async Task FlushAsync(CancellationToken ct)
                {
                    await outbox.FlushAsync(ct);
                    await outbox.CloseAsync();
                }

                [PreStop(Order = 2)]
                public async Task Close() => await outbox.CloseAsync();
            }
            """);

    [Fact]
    public Task Fix_all_rewrites_every_blocking_call_in_the_document()
        => Fix.VerifyFixAllAsync(
            Outbox + """
            public sealed class OutboxHooks(IOutbox outbox)
            {
                [PreStop]
                public void Flush(CancellationToken ct)
                {
                    Thread.Sleep(100);
                    var flushed = outbox.FlushAsync(ct).Result;
                    outbox.CloseAsync().Wait();
                    Task.WaitAll(outbox.CloseAsync(), outbox.CloseAsync());
                }

                [PostStart]
                public static void Warm() => Thread.Sleep(10);
            }
            """,
            Outbox + """
            public sealed class OutboxHooks(IOutbox outbox)
            {
                [PreStop]
                public async Task Flush(CancellationToken ct)
                {
                    await Task.Delay(100, ct);
                    var flushed = await outbox.FlushAsync(ct);
                    await outbox.CloseAsync();
                    await Task.WhenAll(outbox.CloseAsync(), outbox.CloseAsync());
                }

                [PostStart]
                public static async Task Warm() => await Task.Delay(10);
            }
            """);

    [Fact]
    public Task No_fix_for_a_call_found_deeper_in_the_chain()
        => Fix.VerifyNoFixAsync(Outbox + """
            public static class Outbox
            {
                [PreStop]
                public static void Flush() => WriteAll();

                private static void WriteAll() => Thread.Sleep(500);
            }
            """);

    [Fact]
    public Task No_fix_inside_a_lambda_a_local_function_or_for_wait_any()
        => Fix.VerifyNoFixAsync(Outbox + HookBodies.Frame(
            "static class CacheWarmer", "PostStart", "static void Warm(Task<string> load, Task other)", """
            Func<string> read = () => load.Result;
            Wait();
            var first = Task.WaitAny(load, other);
            var done = other.Wait(1000);
            read();

            void Wait() => Thread.Sleep(10);
            """));

    [Fact]
    public Task No_fix_inside_a_lock()
        => Fix.VerifyNoFixAsync(Outbox + """
            public static class Registry
            {
                private static readonly object Gate = new();

                [PreStop]
                public static void Deregister()
                {
                    lock (Gate)
                    {
                        Thread.Sleep(10);
                    }
                }
            }
            """);

    [Fact]
    public Task No_fix_when_a_void_hook_implements_an_interface_or_is_used_as_a_method_group()
        => Fix.VerifyNoFixAsync(Outbox + """
            public interface IDeregister { void Deregister(); }

            public sealed class Registry : IDeregister
            {
                [PreStop]
                public void Deregister() => Thread.Sleep(10);
            }

            public static class Checkpoints
            {
                [PreStop]
                public static void Write() => Thread.Sleep(10);

                public static Action Later() => Write;
            }
            """);

    [Fact]
    public Task Using_for_tasks_is_added_when_missing()
        => Fix.VerifyFixAsync(
            """
            using System.Threading;
            using HookAnalyzers;

            public static class Registry
            {
                [PreStop]
                public static void Deregister(CancellationToken ct)
                {
                    Thread.[|Sleep(2000)|];
                }
            }
            """,
            """
            using System.Threading;
            using System.Threading.Tasks;
            using HookAnalyzers;

            public static class Registry
            {
                [PreStop]
                public static async Task Deregister(CancellationToken ct)
                {
                    await Task.Delay(2000, ct);
                }
            }
            """,
            AnalyzerTestOptions.Default.WithExplicitUsings());

    /// <summary>Non-async Task hooks have their returns rewritten too: expression bodies, the await's precedence, comments beside a return.</summary>
    [Fact]
    public Task Task_hooks_await_their_returns_keeping_precedence_and_comments()
        => Fix.VerifyFixAllAsync(
            Outbox + """
            public sealed class OutboxHooks(IOutbox outbox)
            {
                [PreStop]
                public Task FlushAsync(CancellationToken ct) => outbox.FlushAsync(ct).Result > 0 ? outbox.CloseAsync() : Task.CompletedTask;

                [PreStop(Order = 2)]
                public Task Close(Task<Task> closing) => closing.Result;

                [PreStop(Order = 3)]
                public Task Early(bool stop, CancellationToken ct)
                {
                    var n = outbox.FlushAsync(ct).Result;
                    if (stop)
                    {
                        // early
                        return outbox.CloseAsync();
                    }

                    Console.WriteLine(n);
                    return outbox.CloseAsync(); // last
                }
            }
            """,
            Outbox + """
            public sealed class OutboxHooks(IOutbox outbox)
            {
                [PreStop]
                public async Task FlushAsync(CancellationToken ct) => await (await outbox.FlushAsync(ct) > 0 ? outbox.CloseAsync() : Task.CompletedTask);

                [PreStop(Order = 2)]
                public async Task Close(Task<Task> closing) => await await closing;

                [PreStop(Order = 3)]
                public async Task Early(bool stop, CancellationToken ct)
                {
                    var n = await outbox.FlushAsync(ct);
                    if (stop)
                    {
                        // early
                        await outbox.CloseAsync();
                        return;
                    }

                    Console.WriteLine(n);
                    await outbox.CloseAsync(); // last
                }
            }
            """);
}
