using HookAnalyzers.Analyzers.Rules;
using HookAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace HookAnalyzers.Tests.Analyzers;

using Verify = AnalyzerVerifier<HOOK0022_HooksWithoutHostAnalyzer>;

public sealed class HOOK0022_HooksWithoutHostTests
{
    private static readonly AnalyzerTestOptions Bare = new() { Runtime = TargetRuntime.Net10Bare };

    // ---- positives ----

    [Fact]
    public Task Every_hook_method_of_a_class_library_without_a_host_is_reported()
        => Verify.VerifyAsync("""
            using System.Threading;
            using System.Threading.Tasks;
            using HookAnalyzers;

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

    [Fact]
    public void Is_an_error_in_the_Usage_category_with_a_help_link()
    {
        var rule = HOOK0022_HooksWithoutHostAnalyzer.Rule;

        Assert.Equal("HOOK0022", rule.Id);
        Assert.Equal(DiagnosticSeverity.Error, rule.DefaultSeverity);
        Assert.Equal("Usage", rule.Category);
        Assert.EndsWith("docs/rules/HOOK0022.md", rule.HelpLinkUri, StringComparison.Ordinal);
    }

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
