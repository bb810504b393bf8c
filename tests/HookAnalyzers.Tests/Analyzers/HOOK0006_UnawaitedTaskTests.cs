using HookAnalyzers.Analyzers.Rules;

using FixVerifier = HookAnalyzers.Tests.Infrastructure.CodeFixVerifier<HookAnalyzers.Analyzers.Rules.UnawaitedTaskAnalyzer, HookAnalyzers.CodeFixes.Rules.UnawaitedTaskFixer>;
using Verifier = HookAnalyzers.Tests.Infrastructure.AnalyzerVerifier<HookAnalyzers.Analyzers.Rules.UnawaitedTaskAnalyzer>;

namespace HookAnalyzers.Tests.Analyzers;

public sealed class HOOK0006_UnawaitedTaskTests
{
    [Fact]
    public Task Discarded_call_in_prestop_is_reported()
        => Verifier.VerifyAsync(HookBodies.Frame(
            "sealed class OutboxDrainer(IOutbox outbox)", "PreStop", "async Task FlushAsync(CancellationToken ct)", """
            [|outbox.FlushAsync(ct)|];
            await Task.Yield();
            """), HookServices.Options);

    [Fact]
    public Task Discard_assignment_and_task_run_are_reported()
        => Verifier.VerifyAsync(HookBodies.Frame(
            "static class Registration", "PreStop", "static void Deregister(IRegistry registry, CancellationToken ct)", """
            _ = [|registry.DeregisterAsync("pod-1", ct)|];
            [|Task.Run(() => registry.DeregisterAsync("pod-2", ct))|];
            """), HookServices.Options);

    [Fact]
    public Task ConfigureAwait_statement_and_value_task_are_reported()
        => Verifier.VerifyAsync(HookBodies.Frame(
            "sealed class Checkpointer(ICheckpoints checkpoints, IOutbox outbox)", "PreStop", "async ValueTask SaveAsync(CancellationToken ct)", """
            [|checkpoints.WriteAsync(42, ct)|];
            [|outbox.FlushAsync(ct).ConfigureAwait(false)|];
            await Task.CompletedTask;
            """), HookServices.Options);

    [Fact]
    public Task Inner_task_of_an_awaited_async_start_new_is_reported()
        => Verifier.VerifyAsync(HookBodies.Frame(
            "sealed class OutboxDrainer(IOutbox outbox)", "PreStop", "async Task FlushAsync(CancellationToken ct)", """
            // StartNew does not unwrap: awaiting it waits for the first await of the lambda only.
            [|await Task.Factory.StartNew(async () => await outbox.FlushAsync(ct))|];
            """), HookServices.Options);

    [Fact]
    public Task Local_that_is_never_read_is_reported()
        => Verifier.VerifyAsync(HookBodies.Frame(
            "sealed class CacheWarmer(IOutbox outbox)", "PostStart", "async Task WarmAsync(CancellationToken ct)", """
            var pending = [|outbox.PendingAsync(ct)|];
            Task flush;
            flush = [|outbox.FlushAsync(ct)|];
            await Task.Delay(10, ct);
            """), HookServices.Options);

    [Fact]
    public Task Task_in_a_local_function_of_the_hook_is_reported()
        => Verifier.VerifyAsync(HookBodies.Frame(
            "sealed class OutboxDrainer(IOutbox outbox)", "PreStop", "Task FlushAsync(CancellationToken ct)", """
            Flush();
            return Task.CompletedTask;

            void Flush() => [|outbox.FlushAsync(ct)|];
            """), HookServices.Options);

    [Fact]
    public Task Awaited_returned_and_passed_on_tasks_are_not_reported()
        => Verifier.VerifyAsync("""
            public sealed class OutboxDrainer(IOutbox outbox, IRegistry registry, ICheckpoints checkpoints)
            {
                [PreStop(Order = 1)]
                public async Task AwaitedAsync(CancellationToken ct)
                {
                    await outbox.FlushAsync(ct);
                    await outbox.FlushAsync(ct).ConfigureAwait(false);
                    var pending = outbox.PendingAsync(ct);
                    var count = await pending;
                    await checkpoints.WriteAsync(count, ct);
                }

                [PreStop(Order = 2)]
                public Task ReturnedAsync(CancellationToken ct) => registry.DeregisterAsync("pod-1", ct);

                [PreStop(Order = 3)]
                public Task WhenAllAsync(CancellationToken ct)
                {
                    var tasks = new List<Task>();
                    tasks.Add(outbox.FlushAsync(ct));
                    var deregister = registry.DeregisterAsync("pod-1", ct);
                    tasks.Add(deregister);
                    return Task.WhenAll(tasks);
                }
            }
            """, HookServices.Options);

    [Fact]
    public Task Same_code_outside_a_hook_is_not_reported()
        => Verifier.VerifyAsync("""
            public sealed class OutboxDrainer(IOutbox outbox)
            {
                public void FireAndForget(CancellationToken ct)
                {
                    _ = outbox.FlushAsync(ct);
                    outbox.FlushAsync(ct);
                }
            }
            """, HookServices.Options);

    [Fact]
    public Task Await_using_lambdas_fields_and_long_running_start_new_are_not_reported()
        => Verifier.VerifyAsync("""
            public sealed class Conn : IAsyncDisposable { public ValueTask DisposeAsync() => default; }

            public sealed class Worker(IOutbox outbox)
            {
                private Task? _background;

                [PostStart]
                public async Task StartAsync(CancellationToken ct)
                {
                    await using var conn = new Conn();
                    _background = outbox.FlushAsync(ct);
                    Func<Task> later = () => outbox.FlushAsync(ct);
                    await later();
                    // HOOK0007's case, reported once there.
                    _ = Task.Factory.StartNew(() => { }, TaskCreationOptions.LongRunning);
                    // The timeout idiom: the task WhenAny yields has finished.
                    await Task.WhenAny(outbox.FlushAsync(ct), Task.Delay(5000, ct));
                }
            }
            """, HookServices.Options);

    [Fact]
    public Task Fix_awaits_in_an_async_hook()
        => FixVerifier.VerifyFixAsync(
            HookBodies.Frame(
            "sealed class OutboxDrainer(IOutbox outbox, IRegistry registry)", "PreStop", "async Task FlushAsync(CancellationToken ct)", """
            [|outbox.FlushAsync(ct).ConfigureAwait(false)|];
            _ = [|registry.DeregisterAsync("pod-1", ct)|];
            await Task.Yield();
            """),
            HookBodies.Frame(
            "sealed class OutboxDrainer(IOutbox outbox, IRegistry registry)", "PreStop", "async Task FlushAsync(CancellationToken ct)", """
            await outbox.FlushAsync(ct).ConfigureAwait(false);
            await registry.DeregisterAsync("pod-1", ct);
            await Task.Yield();
            """),
            HookServices.Options);

    [Fact]
    public Task Fix_turns_a_void_hook_into_async_task_and_adds_the_using()
        => FixVerifier.VerifyFixAsync(
            """
            using System.Threading;
            using HookAnalyzers;

            public static class Registration
            {
                [PreStop]
                public static void Deregister(IRegistry registry, CancellationToken ct)
                {
                    _ = [|registry.DeregisterAsync("pod-1", ct)|];
                }
            }
            """,
            """
            using System.Threading;
            using System.Threading.Tasks;
            using HookAnalyzers;

            public static class Registration
            {
                [PreStop]
                public static async Task Deregister(IRegistry registry, CancellationToken ct)
                {
                    await registry.DeregisterAsync("pod-1", ct);
                }
            }
            """,
            HookServices.Options.WithExplicitUsings());

    [Fact]
    public Task Fix_makes_a_task_hook_async_and_rewrites_its_returns()
        => FixVerifier.VerifyFixAsync(
            HookBodies.Frame(
            "sealed class Checkpointer(ICheckpoints checkpoints, IOutbox outbox)", "PreStop", "Task SaveAsync(bool dirty, CancellationToken ct)", """
            [|checkpoints.WriteAsync(42, ct)|];
            if (dirty)
                return outbox.FlushAsync(ct);
            return Task.CompletedTask;
            """),
            HookBodies.Frame(
            "sealed class Checkpointer(ICheckpoints checkpoints, IOutbox outbox)", "PreStop", "async Task SaveAsync(bool dirty, CancellationToken ct)", """
            await checkpoints.WriteAsync(42, ct);
            if (dirty)
            {
                await outbox.FlushAsync(ct);
                return;
            }
            """),
            HookServices.Options);

    [Fact]
    public Task Fix_all_awaits_every_discarded_task_in_the_document()
        => FixVerifier.VerifyFixAllAsync(
            """
            public sealed class Shutdown(IOutbox outbox, IRegistry registry)
            {
                [PreStop(Order = 1)]
                public void Deregister(CancellationToken ct)
                {
                    [|registry.DeregisterAsync("pod-1", ct)|];
                    _ = [|registry.DeregisterAsync("pod-2", ct)|];
                }

                [PreStop(Order = 2)]
                public async Task FlushAsync(CancellationToken ct)
                {
                    [|outbox.FlushAsync(ct)|];
                    await Task.Yield();
                }
            }
            """,
            """
            public sealed class Shutdown(IOutbox outbox, IRegistry registry)
            {
                [PreStop(Order = 1)]
                public async Task Deregister(CancellationToken ct)
                {
                    await registry.DeregisterAsync("pod-1", ct);
                    await registry.DeregisterAsync("pod-2", ct);
                }

                [PreStop(Order = 2)]
                public async Task FlushAsync(CancellationToken ct)
                {
                    await outbox.FlushAsync(ct);
                    await Task.Yield();
                }
            }
            """,
            HookServices.Options);

    [Fact]
    public Task No_fix_for_a_task_kept_in_an_unread_local()
        => FixVerifier.VerifyNoFixAsync(
            HookBodies.Frame(
            "sealed class CacheWarmer(IOutbox outbox)", "PostStart", "async Task WarmAsync(CancellationToken ct)", """
            var pending = [|outbox.PendingAsync(ct)|];
            await Task.Delay(10, ct);
            """),
            HookServices.Options);

    [Fact]
    public Task No_fix_when_the_hook_implements_an_interface_or_holds_a_lock()
        => FixVerifier.VerifyNoFixAsync(
            """
            public interface IShutdownStep { void Run(CancellationToken ct); }

            public sealed class OutboxStep(IOutbox outbox) : IShutdownStep
            {
                private readonly object _gate = new();

                [PreStop(Order = 1)]
                public void Run(CancellationToken ct) => [|outbox.FlushAsync(ct)|];

                [PreStop(Order = 2)]
                public async Task FlushLockedAsync(CancellationToken ct)
                {
                    lock (_gate)
                    {
                        [|outbox.FlushAsync(ct)|];
                    }

                    await Task.Yield();
                }
            }
            """,
            HookServices.Options);

    [Fact]
    public Task Fix_handles_expression_bodied_hooks_and_local_functions()
        => FixVerifier.VerifyFixAllAsync(
            """
            public sealed class OutboxDrainer(IOutbox outbox, IRegistry registry)
            {
                [PreStop(Order = 1)]
                public void Flush(CancellationToken ct) => [|outbox.FlushAsync(ct)|];

                [PreStop(Order = 2)]
                public async Task DeregisterAsync(CancellationToken ct)
                {
                    await Deregister();

                    Task Deregister()
                    {
                        [|registry.DeregisterAsync("pod-1", ct)|];
                        return registry.DeregisterAsync("pod-2", ct);
                    }
                }
            }
            """,
            """
            public sealed class OutboxDrainer(IOutbox outbox, IRegistry registry)
            {
                [PreStop(Order = 1)]
                public async Task Flush(CancellationToken ct) => await outbox.FlushAsync(ct);

                [PreStop(Order = 2)]
                public async Task DeregisterAsync(CancellationToken ct)
                {
                    await Deregister();

                    async Task Deregister()
                    {
                        await registry.DeregisterAsync("pod-1", ct);
                        await registry.DeregisterAsync("pod-2", ct);
                    }
                }
            }
            """,
            HookServices.Options);

    [Fact]
    public Task Fix_in_a_task_of_t_local_function_awaits_its_returns()
        => FixVerifier.VerifyFixAsync(
            HookBodies.Frame(
            "sealed class CacheWarmer(IOutbox outbox)", "PostStart", "async Task WarmAsync(CancellationToken ct)", """
            var pending = await CountAsync();

            Task<int> CountAsync()
            {
                [|outbox.FlushAsync(ct)|];
                return outbox.PendingAsync(ct);
            }
            """),
            HookBodies.Frame(
            "sealed class CacheWarmer(IOutbox outbox)", "PostStart", "async Task WarmAsync(CancellationToken ct)", """
            var pending = await CountAsync();

            async Task<int> CountAsync()
            {
                await outbox.FlushAsync(ct);
                return await outbox.PendingAsync(ct);
            }
            """),
            HookServices.Options);

    [Fact]
    public Task No_fix_in_a_local_function_with_an_out_parameter()
        => FixVerifier.VerifyNoFixAsync(
            HookBodies.Frame(
            "sealed class OutboxDrainer(IOutbox outbox)", "PreStop", "void Flush(CancellationToken ct)", """
            Start(out var started);

            // async methods cannot have out parameters: awaiting here would not compile.
            void Start(out bool started)
            {
                started = true;
                [|outbox.FlushAsync(ct)|];
            }
            """),
            HookServices.Options);

    [Fact]
    public Task No_fix_when_a_void_hook_is_also_used_as_a_delegate()
        => FixVerifier.VerifyNoFixAsync(
            """
            public sealed class OutboxDrainer(IOutbox outbox)
            {
                [PreStop]
                public void Flush()
                {
                    [|outbox.FlushAsync(CancellationToken.None)|];
                }

                // Returning Task would break this conversion.
                public Action Later() => Flush;
            }
            """,
            HookServices.Options);
}
