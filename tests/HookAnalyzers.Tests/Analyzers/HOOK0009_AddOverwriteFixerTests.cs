using HookAnalyzers.Tests.Infrastructure;
using Xunit;
using Fix = HookAnalyzers.Tests.Infrastructure.CodeFixVerifier<HookAnalyzers.Analyzers.Rules.NonIdempotentEffectAnalyzer, HookAnalyzers.CodeFixes.Rules.AddOverwriteFixer>;

namespace HookAnalyzers.Tests.Analyzers;

/// <summary>The partial fix of HOOK0009: moves and copies get overwrite: true; nothing else is fixed.</summary>
public sealed class HOOK0009_AddOverwriteFixerTests
{
    private const string Usings = """
        using System.IO;
        using System.Threading;
        using System.Threading.Tasks;
        using HookAnalyzers;

        """;

    [Fact]
    public Task Move_gets_overwrite_true()
        => Fix.VerifyFixAsync(
            Usings + """
            public static class Checkpoints
            {
                [PreStop]
                public static void Publish() => File.[|Move("/data/checkpoint.tmp", "/data/checkpoint")|];
            }
            """,
            Usings + """
            public static class Checkpoints
            {
                [PreStop]
                public static void Publish() => File.Move("/data/checkpoint.tmp", "/data/checkpoint", overwrite: true);
            }
            """);

    [Fact]
    public Task Explicit_false_becomes_true_named_or_positional()
        => Fix.VerifyFixAsync(
            Usings + """
            public static class Backups
            {
                [PreStop]
                public static void Copy()
                {
                    File.[|Copy("/data/a", "/backup/a", overwrite: false)|];
                    [|new FileInfo("/data/b").CopyTo("/backup/b", false)|];
                }
            }
            """,
            Usings + """
            public static class Backups
            {
                [PreStop]
                public static void Copy()
                {
                    File.Copy("/data/a", "/backup/a", overwrite: true);
                    new FileInfo("/data/b").CopyTo("/backup/b", true);
                }
            }
            """);

    [Fact]
    public Task Appends_get_no_fix()
        => Fix.VerifyNoFixAsync(
            Usings + """
            public static class ShutdownLog
            {
                [PreStop]
                public static Task RecordAsync(CancellationToken ct) => File.[|AppendAllTextAsync("/data/stops.log", "stopped", ct)|];
            }
            """);
}
