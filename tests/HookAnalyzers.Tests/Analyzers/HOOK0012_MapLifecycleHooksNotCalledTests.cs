using HookAnalyzers.Analyzers.Rules;
using HookAnalyzers.CodeFixes.Rules;
using HookAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Xunit;

namespace HookAnalyzers.Tests.Analyzers;

using Verify = AnalyzerVerifier<HOOK0012_MapLifecycleHooksNotCalledAnalyzer>;
using Fix = CodeFixVerifier<HOOK0012_MapLifecycleHooksNotCalledAnalyzer, HOOK0012_MapLifecycleHooksNotCalledFixer>;

public sealed class HOOK0012_MapLifecycleHooksNotCalledTests
{
    private static readonly AnalyzerTestOptions Program = new() { OutputKind = OutputKind.ConsoleApplication };

    /// <summary>A hook method, so the rule has something to protect.</summary>
    private const string Hooks = """

        public static class Hooks
        {
            [HookAnalyzers.PreStop]
            public static void Flush() { }
        }
        """;

    // ---- positives ----

    [Fact]
    public Task Top_level_program_without_MapLifecycleHooks_is_reported_on_Build()
        => Verify.VerifyAsync("""
            using Microsoft.AspNetCore.Builder;

            var builder = WebApplication.CreateBuilder(args);
            builder.AddLifecycleHooks();
            var app = [|builder.Build()|];
            app.Run();
            """ + Hooks, Program);

    [Fact]
    public Task Main_method_without_MapLifecycleHooks_is_reported_on_Build()
        => Verify.VerifyAsync("""
            using Microsoft.AspNetCore.Builder;

            public static class Program
            {
                public static void Main(string[] args)
                {
                    var builder = WebApplication.CreateBuilder(args);
                    builder.AddLifecycleHooks();
                    var app = [|builder.Build()|];
                    app.Run();
                }
            }
            """ + Hooks, Program);

    [Fact]
    public Task Without_a_Build_call_it_is_reported_on_the_first_hook_method()
        => Verify.VerifyAsync("""
            public static class Hooks
            {
                [HookAnalyzers.PostStart]
                public static void [|Warm|]() { }

                [HookAnalyzers.PreStop]
                public static void Flush() { }
            }
            """);

    [Fact]
    public Task A_call_in_a_comment_or_an_unrelated_method_of_the_same_name_does_not_count()
        => Verify.VerifyAsync("""
            using Microsoft.AspNetCore.Builder;

            var builder = WebApplication.CreateBuilder(args);
            builder.AddLifecycleHooks();
            var app = [|builder.Build()|];
            // app.MapLifecycleHooks();
            MyRoutes.MapLifecycleHooks(app);
            app.Run();

            static class MyRoutes
            {
                public static void MapLifecycleHooks(WebApplication app) { }
            }
            """ + Hooks, Program);

    [Fact]
    public void Is_an_error_in_the_Usage_category_with_a_help_link()
    {
        var rule = HOOK0012_MapLifecycleHooksNotCalledAnalyzer.Rule;

        Assert.Equal("HOOK0012", rule.Id);
        Assert.Equal(DiagnosticSeverity.Error, rule.DefaultSeverity);
        Assert.Equal("Usage", rule.Category);
        Assert.EndsWith("docs/rules/HOOK0012.md", rule.HelpLinkUri, StringComparison.Ordinal);
        Assert.DoesNotContain(WellKnownDiagnosticTags.CompilationEnd, rule.CustomTags); // reported in document scope, visible while typing
    }

    // ---- negatives ----

    [Fact]
    public Task Program_that_calls_MapLifecycleHooks_is_not_reported()
        => Verify.VerifyAsync("""
            using Microsoft.AspNetCore.Builder;

            var builder = WebApplication.CreateBuilder(args);
            builder.AddLifecycleHooks();
            var app = builder.Build();
            app.MapLifecycleHooks();
            app.Run();
            """ + Hooks, Program);

    [Fact]
    public Task Call_in_another_file_or_as_a_static_call_counts()
        => Verify.VerifyAsync("""
            using Microsoft.AspNetCore.Builder;

            var builder = WebApplication.CreateBuilder(args);
            builder.AddLifecycleHooks();
            var app = builder.Build();
            Routes.Map(app);
            app.Run();
            """ + Hooks, Program with
        {
            OtherSources =
            [
                """
                using Microsoft.AspNetCore.Builder;

                static class Routes
                {
                    public static void Map(WebApplication app) => LifecycleHooksExtensions.MapLifecycleHooks(app);
                }
                """,
            ],
        });

    [Fact]
    public Task Project_without_hook_methods_is_not_reported()
        => Verify.VerifyAsync("""
            using Microsoft.AspNetCore.Builder;

            var builder = WebApplication.CreateBuilder(args);
            var app = builder.Build();
            app.Run();
            """, Program);

    // ---- fix ----

    [Fact]
    public Task Fix_inserts_the_call_after_the_app_declaration_in_top_level_statements()
        => Fix.VerifyFixAsync("""
            using Microsoft.AspNetCore.Builder;

            var builder = WebApplication.CreateBuilder(args);
            builder.AddLifecycleHooks();
            var app = [|builder.Build()|]; // the app
            app.MapGet("/", () => "hi");
            app.Run();
            """ + Hooks, """
            using Microsoft.AspNetCore.Builder;

            var builder = WebApplication.CreateBuilder(args);
            builder.AddLifecycleHooks();
            var app = builder.Build(); // the app
            app.MapLifecycleHooks();
            app.MapGet("/", () => "hi");
            app.Run();
            """ + Hooks, Program);

    [Fact]
    public Task Fix_uses_the_variable_name_and_indentation_of_Main()
        => Fix.VerifyFixAsync("""
            using Microsoft.AspNetCore.Builder;

            public static class Program
            {
                public static void Main(string[] args)
                {
                    var webBuilder = WebApplication.CreateBuilder(args);
                    webBuilder.AddLifecycleHooks();
                    WebApplication web = [|webBuilder.Build()|];
                    web.Run();
                }
            }
            """ + Hooks, """
            using Microsoft.AspNetCore.Builder;

            public static class Program
            {
                public static void Main(string[] args)
                {
                    var webBuilder = WebApplication.CreateBuilder(args);
                    webBuilder.AddLifecycleHooks();
                    WebApplication web = webBuilder.Build();
                    web.MapLifecycleHooks();
                    web.Run();
                }
            }
            """ + Hooks, Program);

    [Fact]
    public Task Fix_all_inserts_the_call_once()
        => Fix.VerifyFixAllAsync("""
            using Microsoft.AspNetCore.Builder;

            var builder = WebApplication.CreateBuilder(args);
            builder.AddLifecycleHooks();
            var app = [|builder.Build()|];
            app.Run();
            """ + Hooks, """
            using Microsoft.AspNetCore.Builder;

            var builder = WebApplication.CreateBuilder(args);
            builder.AddLifecycleHooks();
            var app = builder.Build();
            app.MapLifecycleHooks();
            app.Run();
            """ + Hooks, Program, FixAllScope.Solution);

    [Fact]
    public Task No_fix_when_the_app_is_not_a_local()
        => Fix.VerifyNoFixAsync("""
            using Microsoft.AspNetCore.Builder;

            var builder = WebApplication.CreateBuilder(args);
            builder.AddLifecycleHooks();
            [|builder.Build()|].Run();
            """ + Hooks, Program);

    [Fact]
    public Task No_fix_when_reported_on_a_hook_method()
        => Fix.VerifyNoFixAsync("""
            public static class Hooks
            {
                [HookAnalyzers.PreStop]
                public static void [|Flush|]() { }
            }
            """);
}
