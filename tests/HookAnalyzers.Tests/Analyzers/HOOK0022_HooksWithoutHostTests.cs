using HookAnalyzers.Analyzers.Rules;
using Microsoft.CodeAnalysis;

namespace HookAnalyzers.Tests.Analyzers;

using Verify = AnalyzerVerifier<HooksWithoutHostAnalyzer>;

public sealed class HOOK0022_HooksWithoutHostTests
{
    private static readonly AnalyzerTestOptions Bare = new() { Runtime = TargetRuntime.Net10Bare };

    // ---- positives ----

    [Fact]
    public Task Every_hook_method_of_a_class_library_without_a_host_is_reported()
        => Verify.VerifyAsync("""
            public sealed class Outbox
            {
                [PreStop]
                public Task [|FlushAsync|](CancellationToken ct) => Task.CompletedTask;

                [PostStart(Order = 2)]
                public static void [|Warm|]() { }

                public static void NotAHook() { }
            }
            """, Bare);

    [Fact]
    public Task A_console_app_without_a_host_is_reported_too()
        => Verify.VerifyAsync("""
            System.Console.WriteLine("no host");

            static class Hooks
            {
                [HookAnalyzers.PreStop]
                public static void [|Flush|]() { }
            }
            """, Bare with { OutputKind = OutputKind.ConsoleApplication });

    // ---- negatives ----

    private const string Hook = """
        public static class Hooks
        {
            [HookAnalyzers.PreStop]
            public static void Flush() { }
        }
        """;

    [Fact]
    public Task A_web_app_is_not_reported()
        => Verify.VerifyAsync(Hook);

    [Fact]
    public Task A_worker_service_is_not_reported()
        => Verify.VerifyAsync(Hook, Bare with { Runtime = TargetRuntime.Net10Worker });

    [Fact]
    public Task A_library_without_hook_methods_is_not_reported()
        => Verify.VerifyAsync("""
            public static class Outbox
            {
                [System.Obsolete]
                public static void Flush() { }
            }
            """, Bare);
}
