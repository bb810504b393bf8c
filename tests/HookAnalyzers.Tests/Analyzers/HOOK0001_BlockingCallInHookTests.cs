using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using HookAnalyzers.Analyzers.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Verifier = HookAnalyzers.Tests.Infrastructure.AnalyzerVerifier<HookAnalyzers.Analyzers.Rules.BlockingCallInHookAnalyzer>;

namespace HookAnalyzers.Tests.Analyzers;

public sealed class HOOK0001_BlockingCallInHookTests
{
    // ---- direct calls in the hook body ----

    [Fact]
    public Task Thread_sleep_in_prestop_is_reported()
        => Verifier.VerifyAsync(HookBodies.Frame("static class Registry", "PreStop", "static void Deregister()", """
            Thread.[|Sleep(2000)|];
            """));

    [Fact]
    public Task Result_wait_and_getresult_are_reported_each_once()
        => Verifier.VerifyAsync("""
            public interface IOutbox { Task<int> FlushAsync(CancellationToken ct); Task CloseAsync(); }

            public sealed class OutboxHooks(IOutbox outbox)
            {
                [PreStop(TimeoutSeconds = 8)]
                public void Flush()
                {
                    var flushed = outbox.FlushAsync(CancellationToken.None).[|Result|];
                    outbox.CloseAsync().[|Wait()|];
                    outbox.FlushAsync(CancellationToken.None).GetAwaiter().[|GetResult()|];
                }
            }
            """);

    [Fact]
    public Task Wait_primitives_are_reported()
        => Verifier.VerifyAsync("""
            public sealed class CacheWarmer
            {
                private readonly SemaphoreSlim _gate = new(1);
                private readonly ManualResetEvent _loaded = new(false);

                [PostStart]
                public void Warm(Task first, Task second)
                {
                    _gate.[|Wait()|];
                    _loaded.[|WaitOne()|];
                    Task.[|WaitAll(first, second)|];
                    _gate.Release();
                }
            }
            """);

    [Fact]
    public async Task Message_names_the_call_and_the_hook()
    {
        var diagnostics = await Verifier.GetDiagnosticsAsync("""
            public static class Registry
            {
                [PreStop]
                public static void Deregister() => Thread.Sleep(100);
            }
            """);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("Thread.Sleep blocks a thread in hook 'Registry.Deregister'", diagnostic.GetMessage());
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
    }

    [Fact]
    public Task A_file_that_imports_what_it_uses_itself_is_analyzed_the_same()
        => Verifier.VerifyAsync("""
            using System.Threading;
            using HookAnalyzers;

            public static class Registry
            {
                [PreStop]
                public static void Deregister() => Thread.[|Sleep(100)|];
            }
            """, AnalyzerTestOptions.Default.WithExplicitUsings());

    // ---- negatives ----

    [Fact]
    public Task Same_code_outside_a_hook_is_not_reported()
        => Verifier.VerifyAsync("""
            public static class Registry
            {
                public static void Deregister(Task pending)
                {
                    Thread.Sleep(2000);
                    pending.Wait();
                }
            }
            """);

    [Fact]
    public Task Awaited_async_hook_is_not_reported()
        => Verifier.VerifyAsync("""
            public interface IOutbox { Task<int> FlushAsync(CancellationToken ct); }

            public sealed class OutboxHooks(IOutbox outbox)
            {
                private readonly SemaphoreSlim _gate = new(1);

                [PreStop]
                public async Task FlushAsync(CancellationToken ct)
                {
                    await _gate.WaitAsync(ct);
                    var flushed = await outbox.FlushAsync(ct);
                    await Task.Delay(100, ct);
                    _gate.Release();
                }
            }
            """);

    [Fact]
    public Task Result_of_something_that_is_not_a_task_is_not_reported()
        => Verifier.VerifyAsync("""
            public sealed record Checkpoint(int Result);

            public static class Checkpoints
            {
                [PreStop]
                public static async Task WriteAsync(CancellationToken ct)
                {
                    var checkpoint = new Checkpoint(42);
                    var value = checkpoint.Result;
                    var completed = Task.FromResult(1);
                    await File.WriteAllTextAsync("checkpoint.txt", value.ToString(), ct);
                }
            }
            """);

    [Fact]
    public Task Result_of_a_task_awaited_earlier_is_not_reported()
        => Verifier.VerifyAsync("""
            public interface IRegistry { Task<int> DeregisterAsync(); Task<int> CountAsync(); }

            public sealed class RegistryHooks(IRegistry registry)
            {
                [PreStop]
                public async Task DeregisterAsync()
                {
                    var deregistered = registry.DeregisterAsync();
                    var remaining = registry.CountAsync();
                    var notAwaited = registry.CountAsync();
                    var raced = registry.CountAsync();
                    await Task.WhenAll(deregistered, remaining);
                    Console.WriteLine(deregistered.Result + remaining.GetAwaiter().GetResult());
                    Console.WriteLine(notAwaited.[|Result|]);
                    await Task.WhenAny(raced, Task.Delay(100));
                    Console.WriteLine(raced.[|Result|]); // WhenAny: raced may still be running
                }
            }
            """);

    [Fact]
    public Task Helper_that_does_not_block_is_not_reported()
        => Verifier.VerifyAsync("""
            public static class Checkpoints
            {
                [PreStop]
                public static Task WriteAsync(CancellationToken ct) => Save(Format(1), ct);

                private static string Format(int value) => value.ToString();

                private static Task Save(string text, CancellationToken ct) => File.WriteAllTextAsync("checkpoint.txt", text, ct);
            }
            """);

    // ---- interprocedural ----

    [Fact]
    public async Task Chain_of_depth_one_is_reported_at_the_call_in_the_hook_with_the_chain()
    {
        var source = """
            public static class Outbox
            {
                [PreStop]
                public static void Flush()
                {
                    [|WriteAll()|];
                }

                private static void WriteAll() => Thread.Sleep(500);
            }
            """;
        var diagnostic = await Verifier.VerifySingleAsync(source);
        Assert.Equal("WriteAll -> Thread.Sleep blocks a thread in hook 'Outbox.Flush'", diagnostic.GetMessage());
    }

    [Fact]
    public async Task Chain_of_depth_two_shows_every_method()
    {
        var source = """
            public sealed class Outbox
            {
                [PreStop]
                public void Flush()
                {
                    [|Drain()|];
                }

                private void Drain() => WriteAll();

                private void WriteAll() => Task.Delay(100).Wait();
            }
            """;
        var diagnostic = await Verifier.VerifySingleAsync(source);
        Assert.Equal("Drain -> WriteAll -> Task.Wait blocks a thread in hook 'Outbox.Flush'", diagnostic.GetMessage());
    }

    [Fact]
    public Task Chain_of_depth_three_is_reported()
        => Verifier.VerifyAsync("""
            public static class Registry
            {
                [PreStop]
                public static void Deregister() => [|One()|];

                private static void One() => Two();
                private static void Two() => Three();
                private static void Three() => Thread.Sleep(100);
            }
            """);

    [Fact]
    public Task Chain_of_depth_four_is_not_reported_with_the_default_depth()
        => Verifier.VerifyAsync("""
            public static class Registry
            {
                [PreStop]
                public static void Deregister() => One();

                private static void One() => Two();
                private static void Two() => Three();
                private static void Three() => Four();
                private static void Four() => Thread.Sleep(100);
            }
            """);

    [Fact]
    public async Task Depth_option_allows_deeper_chains_and_zero_checks_the_body_only()
    {
        const string Source = """
            public static class Registry
            {
                [PreStop]
                public static void Deregister()
                {
                    One();
                    Thread.Sleep(1);
                }

                private static void One() => Two();
                private static void Two() => Three();
                private static void Three() => Four();
                private static void Four() => Thread.Sleep(100);
            }
            """;

        Assert.Equal(2, (await RunWithOptionAsync(Source, "4")).Length);
        Assert.Single(await RunWithOptionAsync(Source, "0"));
        Assert.Single(await RunWithOptionAsync(Source, "not a number")); // default 3: only the direct call
    }

    [Fact]
    public async Task Recursion_terminates_and_is_reported_once()
    {
        var source = """
            public static class Checkpoints
            {
                [PreStop]
                public static void Write()
                {
                    [|Retry(3)|];
                }

                private static void Retry(int attempts)
                {
                    if (attempts > 0)
                    {
                        Retry(attempts - 1);
                        Ping();
                    }
                }

                private static void Ping() => Pong();
                private static void Pong() { Ping(); Thread.Sleep(10); }
            }
            """;
        var diagnostic = await Verifier.VerifySingleAsync(source);
        Assert.Equal("Retry -> Ping -> Pong -> Thread.Sleep blocks a thread in hook 'Checkpoints.Write'", diagnostic.GetMessage());
    }

    [Fact]
    public Task Calls_through_interfaces_and_virtual_methods_are_not_followed()
        => Verifier.VerifyAsync("""
            public interface IRegistry { void Deregister(); }

            public sealed class BlockingRegistry : IRegistry
            {
                public void Deregister() => Thread.Sleep(1000);
            }

            public class Notifier
            {
                public virtual void Notify() => Thread.Sleep(1000);
            }

            public sealed class RegistryHooks(IRegistry registry, Notifier notifier)
            {
                [PreStop]
                public void Deregister()
                {
                    registry.Deregister();
                    notifier.Notify();
                }
            }
            """);

    [Fact]
    public Task Sealed_class_methods_are_followed()
        => Verifier.VerifyAsync("""
            public sealed class BlockingRegistry
            {
                public void Deregister() => Thread.Sleep(1000);
            }

            public sealed class RegistryHooks(BlockingRegistry registry)
            {
                [PreStop]
                public void Deregister() => registry.[|Deregister()|];
            }
            """);

    [Fact]
    public Task Lambdas_and_local_functions_in_the_hook_are_checked_where_written()
        => Verifier.VerifyAsync(HookBodies.Frame(
            "static class CacheWarmer", "PostStart", "static void Warm(Task<string> load)", """
            Func<string> read = () => load.[|Result|];
            Wait();
            read();

            void Wait() => Thread.[|Sleep(10)|];
            """));

    [Fact]
    public Task Property_getters_and_setters_are_followed()
        => Verifier.VerifyAsync("""
            public sealed class Checkpoint
            {
                private readonly Task<int> _position = Task.FromResult(1);
                private int _saved;

                public int Position => _position.Result;

                public int Saved
                {
                    get => _saved;
                    set { Thread.Sleep(10); _saved = value; }
                }

                [PreStop]
                public void Write()
                {
                    var position = [|Position|];
                    [|Saved|] = position;
                    var saved = Saved;
                }
            }
            """);

    [Fact]
    public Task Constructor_that_blocks_is_followed()
        => Verifier.VerifyAsync("""
            public sealed class Connection
            {
                public Connection() => Thread.Sleep(100);
            }

            public static class Registry
            {
                [PreStop]
                public static void Deregister()
                {
                    var connection = [|new Connection()|];
                }
            }
            """);

    [Fact]
    public Task Creating_an_object_with_a_primary_constructor_does_not_run_its_methods()
        => Verifier.VerifyAsync("""
            public sealed class Connection(string name)
            {
                private readonly string _name = name.Trim();

                public void Close() => Thread.Sleep(100);
            }

            public sealed record Checkpoint(int Position)
            {
                public void Save() => Thread.Sleep(100);
            }

            public static class Registry
            {
                [PreStop]
                public static void Deregister()
                {
                    var connection = new Connection("registry");
                    var checkpoint = new Checkpoint(42);
                }
            }
            """);

    [Fact]
    public async Task Many_hooks_calling_one_helper_are_each_reported()
    {
        var diagnostics = await Verifier.GetDiagnosticsAsync("""
            public static class Hooks
            {
                [PostStart] public static void A() => Shared();
                [PreStop] public static void B() => Shared();

                private static void Shared() => Thread.Sleep(1);
            }
            """);

        Assert.Equal(2, diagnostics.Length);
        Assert.All(diagnostics, d => Assert.StartsWith("Shared -> Thread.Sleep", d.GetMessage(), StringComparison.Ordinal));
    }

    private static async Task<ImmutableArray<Diagnostic>> RunWithOptionAsync(string source, string depth)
    {
        var run = GeneratorRunner.Run(AnalyzerTestOptions.Default.Compile(source));
        var options = new AnalyzerOptions([], new DepthOptionsProvider(depth));
        var diagnostics = await run.OutputCompilation
            .WithAnalyzers([new BlockingCallInHookAnalyzer()], options)
            .GetAnalyzerDiagnosticsAsync();
        return diagnostics.Where(d => d.Location.SourceTree?.FilePath == "Test0.cs").ToImmutableArray();
    }

    /// <summary>An .editorconfig with <c>hookanalyzers.blocking_call_depth</c> for every file.</summary>
    private sealed class DepthOptionsProvider(string depth) : AnalyzerConfigOptionsProvider
    {
        private readonly AnalyzerConfigOptions _options = new TestAnalyzerConfigOptions(new Dictionary<string, string> { ["hookanalyzers.blocking_call_depth"] = depth });

        public override AnalyzerConfigOptions GlobalOptions => TestAnalyzerConfigOptions.Empty;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _options;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => TestAnalyzerConfigOptions.Empty;
    }
}
