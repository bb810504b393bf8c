using HookAnalyzers.Analyzers.Rules;
using HookAnalyzers.CodeFixes.Rules;

namespace HookAnalyzers.Tests.Analyzers;

using Verify = AnalyzerVerifier<MapLifecycleHooksNotCalledAnalyzer>;
using Fix = CodeFixVerifier<MapLifecycleHooksNotCalledAnalyzer, MapLifecycleHooksNotCalledFixer>;

/// <summary>
/// Cases only HOOK0012 has; the cases it shares with its mirror image HOOK0013 are in
/// <see cref="HOOK0012_HOOK0013_RegistrationCallTests"/>.
/// </summary>
public sealed class HOOK0012_MapLifecycleHooksNotCalledTests
{
    private static readonly AnalyzerTestOptions Program = TestPrograms.Options;

    /// <summary>A hook method, so the rule has something to protect.</summary>
    internal const string Hooks = """

        public static class Hooks
        {
            [HookAnalyzers.PreStop]
            public static void Flush() { }
        }
        """;

    // ---- positives ----

    [Fact]
    public Task A_call_in_a_comment_or_an_unrelated_method_of_the_same_name_does_not_count()
        => Verify.VerifyAsync("""
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

    // ---- negatives ----

    [Fact]
    public Task Call_in_another_file_or_as_a_static_call_counts()
        => Verify.VerifyAsync("""
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
                static class Routes
                {
                    public static void Map(WebApplication app) => LifecycleHooksExtensions.MapLifecycleHooks(app);
                }
                """,
            ],
        });

    // ---- fix ----

    [Fact]
    public Task Fix_inserts_the_call_after_the_app_declaration_in_top_level_statements()
        => Fix.VerifyFixAsync("""
            var builder = WebApplication.CreateBuilder(args);
            builder.AddLifecycleHooks();
            var app = [|builder.Build()|]; // the app
            app.MapGet("/", () => "hi");
            app.Run();
            """ + Hooks, """
            var builder = WebApplication.CreateBuilder(args);
            builder.AddLifecycleHooks();
            var app = builder.Build(); // the app
            app.MapLifecycleHooks();
            app.MapGet("/", () => "hi");
            app.Run();
            """ + Hooks, Program);

    [Fact]
    public Task Fix_uses_the_variable_name_and_indentation_of_Main()
        => Fix.VerifyFixAsync(TestPrograms.InMain("""
            var webBuilder = WebApplication.CreateBuilder(args);
            webBuilder.AddLifecycleHooks();
            WebApplication web = [|webBuilder.Build()|];
            web.Run();
            """) + Hooks, TestPrograms.InMain("""
            var webBuilder = WebApplication.CreateBuilder(args);
            webBuilder.AddLifecycleHooks();
            WebApplication web = webBuilder.Build();
            web.MapLifecycleHooks();
            web.Run();
            """) + Hooks, Program);

    [Fact]
    public Task No_fix_when_the_app_is_not_a_local()
        => Fix.VerifyNoFixAsync("""
            var builder = WebApplication.CreateBuilder(args);
            builder.AddLifecycleHooks();
            [|builder.Build()|].Run();
            """ + Hooks, Program);
}
