using HookAnalyzers.Analyzers.Rules;
using Verifier = HookAnalyzers.Tests.Infrastructure.AnalyzerVerifier<HookAnalyzers.Analyzers.Rules.SyncApiWithAsyncTwinAnalyzer>;

namespace HookAnalyzers.Tests.Analyzers;

public sealed class HOOK0002_SyncApiWithAsyncTwinTests
{
    private const string Usings = """
        using System.Text;
        using System.Threading.Channels;

        """;

    private const string Store = """
        public class OrdersContext
        {
            public int SaveChanges() => 0;
            public Task<int> SaveChangesAsync(CancellationToken cancellationToken = default) => Task.FromResult(0);
        }

        """;

    [Fact]
    public async Task File_write_in_checkpoint_hook_is_reported_with_its_twin()
    {
        var source = Usings + HookBodies.Frame(
            "static class Checkpoints", "PreStop", "static void Write(CancellationToken ct)", """
            File.[|WriteAllText("checkpoint.txt", "42")|];
            """);
        var diagnostic = await Verifier.VerifySingleAsync(source);
        Assert.Equal("File.WriteAllText runs synchronously in hook 'Checkpoints.Write'; await WriteAllTextAsync instead", diagnostic.GetMessage());
    }

    [Fact]
    public Task Stream_flush_and_write_on_a_file_stream_are_reported()
        => Verifier.VerifyAsync(Usings + HookBodies.Frame(
            "static class Outbox", "PreStop", "static void Flush(byte[] pending)", """
            using var file = new FileStream("outbox.bin", FileMode.Create);
            file.[|Write(pending, 0, pending.Length)|];
            file.[|Flush()|];
            """));

    [Fact]
    public Task Save_changes_with_save_changes_async_in_the_compilation_is_reported()
        => Verifier.VerifyAsync(Usings + Store + HookBodies.Frame(
            "sealed class OutboxHooks(OrdersContext db)", "PreStop(TimeoutSeconds = 8)", "Task FlushAsync(CancellationToken ct)", """
            db.[|SaveChanges()|];
            return Task.CompletedTask;
            """));

    [Fact]
    public Task Generic_serializer_and_http_send_are_reported()
        => Verifier.VerifyAsync(Usings + """
            public sealed record Checkpoint(int Position);

            public static class Checkpoints
            {
                [PreStop]
                public static void Write(System.Net.Http.HttpClient http, Stream target)
                {
                    System.Text.Json.JsonSerializer.[|Serialize(target, new Checkpoint(42))|];
                    using var response = http.[|Send(new System.Net.Http.HttpRequestMessage(System.Net.Http.HttpMethod.Delete, "/registry/me"))|];
                }
            }
            """);

    [Fact]
    public async Task Sync_call_in_a_helper_is_reported_at_the_hook_call_with_the_chain()
    {
        var source = Usings + """
            public static class Outbox
            {
                [PreStop]
                public static Task FlushAsync(string[] lines)
                {
                    [|Persist(lines)|];
                    return Task.CompletedTask;
                }

                private static void Persist(string[] lines) => File.WriteAllLines("outbox.txt", lines);
            }
            """;
        var diagnostic = await Verifier.VerifySingleAsync(source);
        Assert.Equal("Persist -> File.WriteAllLines runs synchronously in hook 'Outbox.FlushAsync'; await WriteAllLinesAsync instead", diagnostic.GetMessage());
    }

    [Fact]
    public Task In_memory_types_logging_and_channels_are_not_reported()
        => Verifier.VerifyAsync(Usings + HookBodies.Frame(
            "sealed class CacheWarmer(ILogger<CacheWarmer> log, Channel<string> events)", "PostStart", "void Warm()", """
            using var buffer = new MemoryStream();
            buffer.Write(new byte[] { 1, 2 }, 0, 2);
            buffer.Flush();
            using var writer = new StringWriter();
            writer.Write("warm");
            writer.Flush();
            var text = new StringBuilder().Append("warm").ToString();
            events.Writer.TryWrite(text);
            log.LogInformation("Cache warmed: {Text}", text);
            """));

    [Fact]
    public Task Awaited_async_twin_is_not_reported()
        => Verifier.VerifyAsync(Usings + Store + HookBodies.Frame(
            "sealed class OutboxHooks(OrdersContext db)", "PreStop", "async Task FlushAsync(CancellationToken ct)", """
            await File.WriteAllTextAsync("checkpoint.txt", "42", ct);
            await db.SaveChangesAsync(ct);
            """));

    [Fact]
    public Task Same_code_outside_a_hook_is_not_reported()
        => Verifier.VerifyAsync(Usings + Store + """
            public sealed class Outbox(OrdersContext db)
            {
                public void Flush()
                {
                    File.WriteAllText("checkpoint.txt", "42");
                    db.SaveChanges();
                }
            }
            """);

    [Fact]
    public Task Sync_api_without_a_twin_is_not_reported()
        => Verifier.VerifyAsync(Usings + HookBodies.Frame(
            "static class Checkpoints", "PreStop", "static async Task WriteAsync(CancellationToken ct)", """
            File.Move("checkpoint.tmp", "checkpoint.txt", overwrite: true);
            var exists = File.Exists("checkpoint.txt");
            Path.Combine("a", "b");
            await Task.Yield();
            """));

    [Fact]
    public Task Blocking_calls_are_left_to_HOOK0001()
        => Verifier.VerifyAsync(Usings + """
            public static class Registry
            {
                private static readonly SemaphoreSlim Gate = new(1);

                [PreStop]
                public static void Deregister(Task pending)
                {
                    Gate.Wait();
                    pending.Wait();
                    Gate.Release();
                }
            }
            """);

    [Fact]
    public Task Interface_with_a_twin_is_reported_but_its_implementation_is_not_followed()
        => Verifier.VerifyAsync(Usings + """
            public interface IServiceRegistry
            {
                void Deregister(string instance);
                Task DeregisterAsync(string instance, CancellationToken cancellationToken);
                void Forget(string instance);
            }

            public sealed class FileRegistry : IServiceRegistry
            {
                public void Deregister(string instance) { }
                public Task DeregisterAsync(string instance, CancellationToken cancellationToken) => Task.CompletedTask;
                public void Forget(string instance) => File.WriteAllText(instance, ""); // has a twin, but behind an interface: not followed
            }

            public sealed class RegistryHooks(IServiceRegistry registry)
            {
                [PreStop]
                public void Deregister()
                {
                    registry.[|Deregister("orders-1")|];
                    registry.Forget("orders-1");
                }
            }
            """);
}
