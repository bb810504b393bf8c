using HookAnalyzers.Analyzers.Rules;
using HookAnalyzers.CodeFixes.Rules;

namespace HookAnalyzers.Tests.Analyzers;

using Verify = AnalyzerVerifier<AddLifecycleHooksNotCalledAnalyzer>;
using Fix = CodeFixVerifier<AddLifecycleHooksNotCalledAnalyzer, AddLifecycleHooksNotCalledFixer>;

/// <summary>
/// Cases only HOOK0013 has; the cases it shares with its mirror image HOOK0012 are in
/// <see cref="HOOK0012_HOOK0013_RegistrationCallTests"/>.
/// </summary>
public sealed class HOOK0013_AddLifecycleHooksNotCalledTests
{
    private static readonly AnalyzerTestOptions Program = TestPrograms.Options;

    /// <summary>A worker service: Microsoft.Extensions.Hosting, no ASP.NET Core.</summary>
    private static readonly AnalyzerTestOptions Worker = Program with { Runtime = TargetRuntime.Net10Worker };

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
        => Verify.VerifyAsync(TestPrograms.InMain("""
            var builder = [|WebApplication.CreateSlimBuilder(args)|];
            var app = builder.Build();
            app.MapLifecycleHooks();
            app.Run();
            """) + Hooks, Program);

    [Fact]
    public Task Registering_other_services_does_not_count()
        => Verify.VerifyAsync("""
            var builder = [|WebApplication.CreateBuilder(args)|];
            builder.Services.AddRouting(); // builder.AddLifecycleHooks();
            var app = builder.Build();
            app.MapLifecycleHooks();
            app.Run();
            """ + Hooks, Program);

    [Fact]
    public Task Worker_without_AddLifecycleHooks_is_reported_on_CreateApplicationBuilder()
        => Verify.VerifyAsync("""
            var builder = [|Host.CreateApplicationBuilder(args)|];
            builder.Build().Run();
            """ + Hooks, Worker);

    [Fact]
    public Task Worker_with_an_empty_builder_is_reported_on_CreateEmptyApplicationBuilder()
        => Verify.VerifyAsync("""
            var builder = [|Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { Args = args })|];
            builder.Build().Run();
            """ + Hooks, Worker);

    // ---- negatives ----

    [Fact]
    public Task Call_in_a_helper_in_another_file_counts()
        => Verify.VerifyAsync("""
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
                static class Setup
                {
                    public static void Configure(WebApplicationBuilder builder) => builder.AddLifecycleHooks().Services.AddRouting();
                }
                """,
            ],
        });

    [Fact]
    public Task Worker_that_calls_AddLifecycleHooks_is_not_reported()
        => Verify.VerifyAsync("""
            var builder = Host.CreateApplicationBuilder(args);
            builder.AddLifecycleHooks();
            builder.Build().Run();
            """ + Hooks, Worker);

    [Fact]
    public Task Web_project_calling_AddLifecycleHooks_on_a_generic_host_builder_counts()
        => Verify.VerifyAsync("""
            var builder = Host.CreateApplicationBuilder(args);
            builder.AddLifecycleHooks();
            builder.Build().Run();
            """ + Hooks, Program);

    [Fact]
    public Task Project_without_a_host_is_left_to_HOOK0022()
        => Verify.VerifyAsync(Hooks, AnalyzerTestOptions.Default with { Runtime = TargetRuntime.Net10Bare });

    [Fact]
    public Task Fix_uses_the_variable_name_and_indentation_of_Main()
        => Fix.VerifyFixAsync(TestPrograms.InMain("""
            // configure
            WebApplicationBuilder web = [|WebApplication.CreateBuilder(args)|];
            var app = web.Build();
            app.MapLifecycleHooks();
            app.Run();
            """) + Hooks, TestPrograms.InMain("""
            // configure
            WebApplicationBuilder web = WebApplication.CreateBuilder(args);
            web.AddLifecycleHooks();
            var app = web.Build();
            app.MapLifecycleHooks();
            app.Run();
            """) + Hooks, Program);

    [Fact]
    public Task Fix_inserts_the_call_after_the_worker_builder()
        => Fix.VerifyFixAsync("""
            var builder = [|Host.CreateApplicationBuilder(args)|];
            builder.Build().Run();
            """ + Hooks, """
            var builder = Host.CreateApplicationBuilder(args);
            builder.AddLifecycleHooks();
            builder.Build().Run();
            """ + Hooks, Worker);

    [Fact]
    public Task No_fix_when_the_builder_is_not_a_local()
        => Fix.VerifyNoFixAsync("""
            var app = [|WebApplication.CreateBuilder(args)|].Build();
            app.MapLifecycleHooks();
            app.Run();
            """ + Hooks, Program);
}
