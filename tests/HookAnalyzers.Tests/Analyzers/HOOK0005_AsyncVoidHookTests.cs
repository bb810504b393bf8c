using FixVerifier = HookAnalyzers.Tests.Infrastructure.CodeFixVerifier<HookAnalyzers.Analyzers.Rules.AsyncVoidHookAnalyzer, HookAnalyzers.CodeFixes.Rules.AsyncVoidHookFixer>;
using Verifier = HookAnalyzers.Tests.Infrastructure.AnalyzerVerifier<HookAnalyzers.Analyzers.Rules.AsyncVoidHookAnalyzer>;

namespace HookAnalyzers.Tests.Analyzers;

public sealed class HOOK0005_AsyncVoidHookTests
{
    [Fact]
    public Task Async_void_prestop_is_reported()
        => Verifier.VerifyAsync("""
            public sealed class OutboxDrainer(IOutbox outbox)
            {
                [PreStop]
                public async [|void|] Flush(CancellationToken ct) => await outbox.FlushAsync(ct);
            }
            """, HookServices.Options);

    [Fact]
    public Task Async_void_static_poststart_is_reported()
        => Verifier.VerifyAsync("""
            public static class CacheWarmup
            {
                [PostStart(TimeoutSeconds = 20)]
                internal static async [|void|] WarmAsync(ICache cache, CancellationToken ct)
                {
                    await cache.LoadAsync(ct);
                }
            }
            """, HookServices.Options);

    [Fact]
    public Task Async_void_local_function_called_by_the_hook_is_reported()
        => Verifier.VerifyAsync(HookBodies.Frame(
            "sealed class Registration(IRegistry registry)", "PreStop", "Task DeregisterAsync(CancellationToken ct)", """
            Deregister("pod-1");
            return Task.CompletedTask;

            async [|void|] Deregister(string id) => await registry.DeregisterAsync(id, ct);
            """), HookServices.Options);

    [Fact]
    public Task Async_task_hooks_and_plain_void_hooks_are_not_reported()
        => Verifier.VerifyAsync("""
            public sealed class OutboxDrainer(IOutbox outbox)
            {
                [PreStop(Order = 1)]
                public async Task FlushAsync(CancellationToken ct) => await outbox.FlushAsync(ct);

                [PreStop(Order = 2)]
                public async ValueTask FlushAgainAsync(CancellationToken ct) => await outbox.FlushAsync(ct);

                [PreStop(Order = 3)]
                public void MarkDrained() { }
            }
            """, HookServices.Options);

    [Fact]
    public Task Async_void_outside_a_hook_is_not_reported()
        => Verifier.VerifyAsync("""
            public sealed class OutboxDrainer(IOutbox outbox)
            {
                public async void OnTimer(object? state) => await outbox.FlushAsync(CancellationToken.None);

                [PreStop]
                public void Flush() { }
            }
            """, HookServices.Options);

    [Fact]
    public Task Uncalled_async_void_local_function_and_async_void_lambda_are_not_reported()
        => Verifier.VerifyAsync(HookBodies.Frame(
            "sealed class Registration(IRegistry registry)", "PreStop", "async Task DeregisterAsync(CancellationToken ct)", """
            Action<string> later = async id => await registry.DeregisterAsync(id, ct);
            await registry.DeregisterAsync("pod-1", ct);

            async void Unused() => await registry.DeregisterAsync("pod-2", ct);
            """), HookServices.Options);

    [Fact]
    public Task Fix_returns_task_using_the_imported_name()
        => FixVerifier.VerifyFixAsync(
            """
            using System.Threading;
            using System.Threading.Tasks;
            using HookAnalyzers;

            public sealed class OutboxDrainer(IOutbox outbox)
            {
                [PreStop]
                public async [|void|] Flush(CancellationToken ct) => await outbox.FlushAsync(ct);
            }
            """,
            """
            using System.Threading;
            using System.Threading.Tasks;
            using HookAnalyzers;

            public sealed class OutboxDrainer(IOutbox outbox)
            {
                [PreStop]
                public async Task Flush(CancellationToken ct) => await outbox.FlushAsync(ct);
            }
            """,
            HookServices.Options.WithExplicitUsings());

    [Fact]
    public Task Fix_in_a_file_without_usings_keeps_its_first_line_when_Task_comes_from_implicit_usings()
        => FixVerifier.VerifyFixAsync(
            """
            public sealed class OutboxDrainer(IOutbox outbox)
            {
                [PreStop]
                public async [|void|] Flush(CancellationToken ct) => await outbox.FlushAsync(ct);
            }
            """,
            """
            public sealed class OutboxDrainer(IOutbox outbox)
            {
                [PreStop]
                public async Task Flush(CancellationToken ct) => await outbox.FlushAsync(ct);
            }
            """,
            HookServices.Options);

    [Fact]
    public Task Fix_adds_the_using_when_tasks_are_not_imported()
        => FixVerifier.VerifyFixAsync(
            """
            using System.Threading;
            using HookAnalyzers;

            public static class CacheWarmup
            {
                [PostStart(TimeoutSeconds = 20)]
                internal static async [|void|] WarmAsync(ICache cache, CancellationToken ct)
                {
                    await cache.LoadAsync(ct);
                }
            }
            """,
            """
            using System.Threading;
            using System.Threading.Tasks;
            using HookAnalyzers;

            public static class CacheWarmup
            {
                [PostStart(TimeoutSeconds = 20)]
                internal static async Task WarmAsync(ICache cache, CancellationToken ct)
                {
                    await cache.LoadAsync(ct);
                }
            }
            """,
            HookServices.Options.WithExplicitUsings());

    [Fact]
    public Task Fix_all_converts_every_async_void_hook_and_local_function()
        => FixVerifier.VerifyFixAllAsync(
            """
            public sealed class Shutdown(IOutbox outbox, IRegistry registry)
            {
                [PreStop(Order = 1)]
                public async [|void|] Flush(CancellationToken ct) => await outbox.FlushAsync(ct);

                [PreStop(Order = 2)]
                public async Task DeregisterAsync(CancellationToken ct)
                {
                    Deregister("pod-1");

                    async [|void|] Deregister(string id) => await registry.DeregisterAsync(id, ct);
                }
            }
            """,
            """
            public sealed class Shutdown(IOutbox outbox, IRegistry registry)
            {
                [PreStop(Order = 1)]
                public async Task Flush(CancellationToken ct) => await outbox.FlushAsync(ct);

                [PreStop(Order = 2)]
                public async Task DeregisterAsync(CancellationToken ct)
                {
                    Deregister("pod-1");

                    async Task Deregister(string id) => await registry.DeregisterAsync(id, ct);
                }
            }
            """,
            HookServices.Options);

    [Fact]
    public Task No_fix_for_an_interface_implementation_or_a_local_function_used_as_a_delegate()
        => FixVerifier.VerifyNoFixAsync(
            """
            public interface IShutdownStep { void Run(); }

            public sealed class OutboxStep(IOutbox outbox) : IShutdownStep
            {
                [PreStop(Order = 1)]
                public async [|void|] Run() => await outbox.FlushAsync(CancellationToken.None);

                [PreStop(Order = 2)]
                public void Schedule()
                {
                    Action callback = Flush;
                    Flush();

                    async [|void|] Flush() => await outbox.FlushAsync(CancellationToken.None);
                }
            }
            """,
            HookServices.Options);

    [Fact]
    public Task Fix_all_adds_the_using_once()
        => FixVerifier.VerifyFixAllAsync(
            """
            using System.Threading;
            using HookAnalyzers;

            public static class Shutdown
            {
                [PreStop(Order = 1)]
                public static async [|void|] FlushAsync(IOutbox outbox, CancellationToken ct) => await outbox.FlushAsync(ct);

                [PreStop(Order = 2)]
                public static async [|void|] DeregisterAsync(IRegistry registry, CancellationToken ct) => await registry.DeregisterAsync("pod-1", ct);
            }
            """,
            """
            using System.Threading;
            using System.Threading.Tasks;
            using HookAnalyzers;

            public static class Shutdown
            {
                [PreStop(Order = 1)]
                public static async Task FlushAsync(IOutbox outbox, CancellationToken ct) => await outbox.FlushAsync(ct);

                [PreStop(Order = 2)]
                public static async Task DeregisterAsync(IRegistry registry, CancellationToken ct) => await registry.DeregisterAsync("pod-1", ct);
            }
            """,
            HookServices.Options.WithExplicitUsings());
}
