using System.Net;
using System.Net.Http;

namespace HookAnalyzers.Tests.Runtime;

/// <summary>
/// Readiness through MapHealthChecks: AddLifecycleHooks registers a check tagged "ready" that is
/// Unhealthy while starting, after a failed postStart and while draining; the ready endpoint says
/// which, and answers HEAD as well as GET.
/// </summary>
public sealed class ReadinessHealthCheckTests
{
    private const string Hooks = """
        using System.Linq;
        using HookAnalyzers;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Diagnostics.HealthChecks;
        using Microsoft.AspNetCore.Hosting;

        [assembly: LifecycleHooks(DrainDelaySeconds = 2)]

        public static class Switch { public static bool FailWarmUp; }

        public static class Hooks
        {
            [PostStart]
            public static void Warm()
            {
                if (Switch.FailWarmUp) throw new System.InvalidOperationException("catalogue unreachable");
            }

            [PreStop]
            public static void Flush() { }
        }

        /// <summary>What an app with MapHealthChecks maps: readiness from the checks tagged "ready", liveness from none of them.</summary>
        public sealed class HealthEndpoints : IStartupFilter
        {
            public System.Action<IApplicationBuilder> Configure(System.Action<IApplicationBuilder> next) => app =>
            {
                app.UseHealthChecks("/healthz/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
                app.UseHealthChecks("/healthz/live", new HealthCheckOptions { Predicate = check => !check.Tags.Contains("ready") });
                next(app);
            };
        }

        public static partial class TestAppEntry
        {
            static partial void ConfigureServices(Microsoft.Extensions.DependencyInjection.IServiceCollection services)
                => Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddSingleton<IStartupFilter, HealthEndpoints>(services);
        }
        """;

    [Fact]
    public async Task The_ready_health_check_is_unhealthy_while_starting_healthy_after_postStart_and_unhealthy_while_draining()
    {
        await using var app = await InMemoryHookApp.StartAsync(Hooks);
        var client = app.Client();

        Assert.Equal(new HookAnswer(HttpStatusCode.ServiceUnavailable, "Unhealthy"), await HookAnswer.GetAsync(client, "/healthz/ready"));
        Assert.Equal(HttpStatusCode.OK, (await HookAnswer.GetAsync(client, "/lifecycle/post-start")).Status);
        Assert.Equal(new HookAnswer(HttpStatusCode.OK, "Healthy"), await HookAnswer.GetAsync(client, "/healthz/ready"));

        var preStop = HookAnswer.GetAsync(app.Client(), "/lifecycle/pre-stop");
        await Eventually.TrueAsync(async () => (await HookAnswer.GetAsync(client, "/lifecycle/ready")).Body == "draining");

        Assert.Equal(new HookAnswer(HttpStatusCode.ServiceUnavailable, "Unhealthy"), await HookAnswer.GetAsync(client, "/healthz/ready"));
        Assert.Equal(new HookAnswer(HttpStatusCode.OK, "Healthy"), await HookAnswer.GetAsync(client, "/healthz/live"));
        Assert.Equal(HttpStatusCode.OK, (await preStop.WaitAsync(TimeSpan.FromSeconds(15))).Status);
    }

    [Fact]
    public async Task After_a_failed_postStart_ready_answers_failed_and_the_health_check_is_unhealthy()
    {
        var app = await InMemoryHookApp.StartAsync(Hooks.Replace("public static bool FailWarmUp;", "public static bool FailWarmUp = true;", StringComparison.Ordinal));
        await using (app)
        {
            var client = app.Client();

            Assert.Equal(HttpStatusCode.InternalServerError, (await HookAnswer.GetAsync(client, "/lifecycle/post-start")).Status);
            Assert.Equal(new HookAnswer(HttpStatusCode.ServiceUnavailable, "failed"), await HookAnswer.GetAsync(client, "/lifecycle/ready"));
            Assert.Equal(new HookAnswer(HttpStatusCode.ServiceUnavailable, "Unhealthy"), await HookAnswer.GetAsync(client, "/healthz/ready"));
        }
    }

    [Fact]
    public async Task Ready_answers_HEAD_with_the_status_of_GET_and_no_body()
    {
        await using var app = await InMemoryHookApp.StartAsync(Hooks);
        var client = app.Client();

        var starting = await HookAnswer.GetAsync(client, "/lifecycle/ready", new HttpRequestMessage(HttpMethod.Head, "/lifecycle/ready"));
        await HookAnswer.GetAsync(client, "/lifecycle/post-start");
        var ready = await HookAnswer.GetAsync(client, "/lifecycle/ready", new HttpRequestMessage(HttpMethod.Head, "/lifecycle/ready"));

        Assert.Equal(new HookAnswer(HttpStatusCode.ServiceUnavailable, ""), starting);
        Assert.Equal(new HookAnswer(HttpStatusCode.OK, ""), ready);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await client.PostAsync("/lifecycle/ready", null)).StatusCode);
    }
}
