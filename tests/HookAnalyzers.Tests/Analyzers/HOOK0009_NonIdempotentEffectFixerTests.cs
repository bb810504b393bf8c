using Fix = HookAnalyzers.Tests.Infrastructure.CodeFixVerifier<HookAnalyzers.Analyzers.Rules.NonIdempotentEffectAnalyzer, HookAnalyzers.CodeFixes.Rules.NonIdempotentEffectFixer>;

namespace HookAnalyzers.Tests.Analyzers;

/// <summary>The partial fix of HOOK0009: moves and copies get overwrite: true; nothing else is fixed.</summary>
public sealed class HOOK0009_NonIdempotentEffectFixerTests
{
    [Fact]
    public Task Move_gets_overwrite_true()
        => Fix.VerifyFixAsync(
            """
            public static class Checkpoints
            {
                [PreStop]
                public static void Publish() => File.[|Move("/data/checkpoint.tmp", "/data/checkpoint")|];
            }
            """,
            """
            public static class Checkpoints
            {
                [PreStop]
                public static void Publish() => File.Move("/data/checkpoint.tmp", "/data/checkpoint", overwrite: true);
            }
            """);

    [Fact]
    public Task Explicit_false_becomes_true_named_or_positional()
        => Fix.VerifyFixAsync(
            HookBodies.Frame("static class Backups", "PreStop", "static void Copy()", """
            File.[|Copy("/data/a", "/backup/a", overwrite: false)|];
            [|new FileInfo("/data/b").CopyTo("/backup/b", false)|];
            """),
            HookBodies.Frame("static class Backups", "PreStop", "static void Copy()", """
            File.Copy("/data/a", "/backup/a", overwrite: true);
            new FileInfo("/data/b").CopyTo("/backup/b", true);
            """));

    [Fact]
    public Task Appends_get_no_fix()
        => Fix.VerifyNoFixAsync(
            """
            public static class ShutdownLog
            {
                [PreStop]
                public static Task RecordAsync(CancellationToken ct) => File.[|AppendAllTextAsync("/data/stops.log", "stopped", ct)|];
            }
            """);

    /// <summary>
    /// `dotnet format` takes the Fix All key from the first diagnostic it finds; here that is an
    /// append, which has no fix. The move is still fixed and nothing reports a missing Fix All action.
    /// </summary>
    [Fact]
    public Task Fix_all_like_dotnet_format_fixes_the_moves_when_the_first_effect_has_no_fix()
        => Fix.VerifyFixAllLikeDotnetFormatAsync(
            HookBodies.Frame(
            "static class Shutdown", "PreStop", "static async Task StopAsync(CancellationToken ct)", """
            await [|File.AppendAllTextAsync("/data/stops.log", "stopped", ct)|];
            [|File.Move("/data/a.tmp", "/data/a")|];
            [|File.Copy("/data/b", "/backup/b")|];
            """),
            HookBodies.Frame(
            "static class Shutdown", "PreStop", "static async Task StopAsync(CancellationToken ct)", """
            await File.AppendAllTextAsync("/data/stops.log", "stopped", ct);
            File.Move("/data/a.tmp", "/data/a", overwrite: true);
            File.Copy("/data/b", "/backup/b", overwrite: true);
            """));

    [Fact]
    public Task Fix_all_like_dotnet_format_changes_nothing_when_no_effect_has_a_fix()
        => Fix.VerifyFixAllLikeDotnetFormatAsync(
            """
            public static class ShutdownLog
            {
                [PreStop]
                public static Task RecordAsync(CancellationToken ct) => [|File.AppendAllTextAsync("/data/stops.log", "stopped", ct)|];
            }
            """,
            """
            public static class ShutdownLog
            {
                [PreStop]
                public static Task RecordAsync(CancellationToken ct) => File.AppendAllTextAsync("/data/stops.log", "stopped", ct);
            }
            """);
}
