using HookAnalyzers.Analyzers.Rules;
using HookAnalyzers.CodeFixes.Rules;
using HookAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace HookAnalyzers.Tests.Analyzers;

using Verify = AnalyzerVerifier<AddLifecycleHooksNotCalledAnalyzer>;
using Fix = CodeFixVerifier<AddLifecycleHooksNotCalledAnalyzer, AddLifecycleHooksNotCalledFixer>;

/// <summary>
/// Cases only HOOK0013 has; the cases it shares with its mirror image HOOK0012 are in
/// <see cref="HOOK0012_HOOK0013_RegistrationCallTests"/>.
/// </summary>
public sealed class HOOK0013_AddLifecycleHooksNotCalledTests
{
    private static readonly AnalyzerTestOptions Program = new() { OutputKind = OutputKind.ConsoleApplication };

    /// <summary>A hook method, so the rule has something to protect.</summary>
    internal const string Hooks = """

        public static class Hooks
        {
            [HookAnalyzers.PostStart]
            public static System.Threading.Tasks.Task WarmAsync(System.Threading.CancellationToken ct) => System.Threading.Tasks.Task.CompletedTask;
        }
        """;

    // ---- positives ----

    [Fact]
    public Task Slim_builder_in_Main_is_reported_on_CreateSlimBuilder()
        => Verify.VerifyAsync("""
            using Microsoft.AspNetCore.Builder;

            public static class Program
            {
                public static void Main(string[] args)
                {
                    var builder = [|WebApplication.CreateSlimBuilder(args)|];
                    var app = builder.Build();
                    app.MapLifecycleHooks();
                    app.Run();
                }
            }
            """ + Hooks, Program);

    [Fact]
    public Task Registering_other_services_does_not_count()
        => Verify.VerifyAsync("""
            using Microsoft.AspNetCore.Builder;
            using Microsoft.Extensions.DependencyInjection;

            var builder = [|WebApplication.CreateBuilder(args)|];
            builder.Services.AddRouting(); // builder.AddLifecycleHooks();
            var app = builder.Build();
            app.MapLifecycleHooks();
            app.Run();
            """ + Hooks, Program);

    // ---- negatives ----

    [Fact]
    public Task Call_in_a_helper_in_another_file_counts()
        => Verify.VerifyAsync("""
            using Microsoft.AspNetCore.Builder;

            var builder = WebApplication.CreateBuilder(args);
            Setup.Configure(builder);
            var app = builder.Build();
            app.MapLifecycleHooks();
            app.Run();
            """ + Hooks, Program with
        {
            OtherSources =
            [
                """
                using Microsoft.AspNetCore.Builder;
                using Microsoft.Extensions.DependencyInjection;

                static class Setup
                {
                    public static void Configure(WebApplicationBuilder builder) => builder.AddLifecycleHooks().Services.AddRouting();
                }
                """,
            ],
        });

    // ---- fix ----

    [Fact]
    public Task Fix_uses_the_variable_name_and_indentation_of_Main()
        => Fix.VerifyFixAsync("""
            using Microsoft.AspNetCore.Builder;

            public static class Program
            {
                public static void Main(string[] args)
                {
                    // configure
                    WebApplicationBuilder web = [|WebApplication.CreateBuilder(args)|];
                    var app = web.Build();
                    app.MapLifecycleHooks();
                    app.Run();
                }
            }
            """ + Hooks, """
            using Microsoft.AspNetCore.Builder;

            public static class Program
            {
                public static void Main(string[] args)
                {
                    // configure
                    WebApplicationBuilder web = WebApplication.CreateBuilder(args);
                    web.AddLifecycleHooks();
                    var app = web.Build();
                    app.MapLifecycleHooks();
                    app.Run();
                }
            }
            """ + Hooks, Program);

    [Fact]
    public Task No_fix_when_the_builder_is_not_a_local()
        => Fix.VerifyNoFixAsync("""
            using Microsoft.AspNetCore.Builder;

            var app = [|WebApplication.CreateBuilder(args)|].Build();
            app.MapLifecycleHooks();
            app.Run();
            """ + Hooks, Program);
}
