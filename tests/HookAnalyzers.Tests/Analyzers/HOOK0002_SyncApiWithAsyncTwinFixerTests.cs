using Fix = HookAnalyzers.Tests.Infrastructure.CodeFixVerifier<HookAnalyzers.Analyzers.Rules.SyncApiWithAsyncTwinAnalyzer, HookAnalyzers.CodeFixes.Rules.SyncApiWithAsyncTwinFixer>;

namespace HookAnalyzers.Tests.Analyzers;

public sealed class HOOK0002_SyncApiWithAsyncTwinFixerTests
{
    private const string Store = """
        public class OrdersContext
        {
            public int SaveChanges() => 0;
            public Task<int> SaveChangesAsync(CancellationToken cancellationToken = default) => Task.FromResult(0);
        }

        """;

    [Fact]
    public Task Sync_call_becomes_awaited_twin_with_the_token()
        => Fix.VerifyFixAsync(
            Store + HookBodies.Frame(
            "static class Checkpoints", "PreStop", "static void Write(CancellationToken ct)", """
            File.[|WriteAllText("checkpoint.txt", "42")|];
            """),
            Store + HookBodies.Frame(
            "static class Checkpoints", "PreStop", "static async Task Write(CancellationToken ct)", """
            await File.WriteAllTextAsync("checkpoint.txt", "42", ct);
            """));

    [Fact]
    public Task Result_value_is_kept_and_no_token_is_added_when_the_hook_has_none()
        => Fix.VerifyFixAsync(
            Store + HookBodies.Frame("sealed class OutboxHooks(OrdersContext db)", "PreStop", "Task FlushAsync()", """
            var saved = db.[|SaveChanges()|];
            Console.WriteLine(saved);
            return Task.CompletedTask;
            """),
            Store + HookBodies.Frame(
            "sealed class OutboxHooks(OrdersContext db)", "PreStop", "async Task FlushAsync()", """
            var saved = await db.SaveChangesAsync();
            Console.WriteLine(saved);
            """));

    [Fact]
    public Task Fix_all_rewrites_every_sync_call_in_the_hook()
        => Fix.VerifyFixAllAsync(
            Store + HookBodies.Frame(
            "sealed class OutboxHooks(OrdersContext db)", "PreStop", "void Flush(byte[] pending, CancellationToken ct)", """
            using var file = new FileStream("outbox.bin", FileMode.Create);
            file.Write(pending, 0, pending.Length);
            file.Flush();
            db.SaveChanges();
            """),
            Store + HookBodies.Frame(
            "sealed class OutboxHooks(OrdersContext db)", "PreStop", "async Task Flush(byte[] pending, CancellationToken ct)", """
            using var file = new FileStream("outbox.bin", FileMode.Create);
            await file.WriteAsync(pending, 0, pending.Length, ct);
            await file.FlushAsync(ct);
            await db.SaveChangesAsync(ct);
            """));

    [Fact]
    public Task No_fix_for_a_call_found_in_a_helper_or_inside_a_lambda()
        => Fix.VerifyNoFixAsync(Store + """
            public static class Outbox
            {
                [PreStop]
                public static void Flush(string[] lines)
                {
                    Persist(lines);
                    Action write = () => File.WriteAllText("a.txt", "b");
                    write();
                }

                private static void Persist(string[] lines) => File.WriteAllLines("outbox.txt", lines);
            }
            """);
}
