using System.Net;
using System.Net.Http;
using System.Net.Sockets;

namespace HookAnalyzers.Tests.Runtime;

/// <summary>
/// While draining, every connection is asked to leave without racing its client: HTTP/1.1 answers
/// carry Connection: close, HTTP/2 connections get GOAWAY, and a request already running finishes.
/// </summary>
public sealed class DrainConnectionTests
{
    private const string Hooks = """
        using System.Threading.Tasks;
        using HookAnalyzers;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Hosting;
        using Microsoft.AspNetCore.Http;
        using Microsoft.Extensions.DependencyInjection;

        [assembly: LifecycleHooks(DrainDelaySeconds = 3)]

        public static class Hooks
        {
            [PreStop]
            public static void Flush() { }
        }

        /// <summary>/slow answers once the test opens the gate.</summary>
        public static class Slow
        {
            public static readonly TaskCompletionSource Arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
            public static readonly TaskCompletionSource Gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        public sealed class SlowEndpoint : IStartupFilter
        {
            public System.Action<IApplicationBuilder> Configure(System.Action<IApplicationBuilder> next) => app =>
            {
                next(app);
                app.Use(async (context, nextMiddleware) =>
                {
                    if (context.Request.Path != "/slow") { await nextMiddleware(context); return; }
                    Slow.Arrived.TrySetResult();
                    await Slow.Gate.Task;
                    await context.Response.WriteAsync("slow done");
                });
            };
        }
        """;

    private const string Http2Only = """
        public static partial class TestAppEntry
        {
            static partial void ConfigureServices(Microsoft.Extensions.DependencyInjection.IServiceCollection services)
                => Microsoft.Extensions.DependencyInjection.OptionsServiceCollectionExtensions.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(
                    services, options => options.ConfigureEndpointDefaults(listen => listen.Protocols = Microsoft.AspNetCore.Server.Kestrel.Core.HttpProtocols.Http2));
        }
        """;

    private const string WithSlowEndpoint = """
        public static partial class TestAppEntry
        {
            static partial void ConfigureServices(Microsoft.Extensions.DependencyInjection.IServiceCollection services)
                => Microsoft.Extensions.DependencyInjection.ServiceCollectionServiceExtensions.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter, SlowEndpoint>(services);
        }
        """;

    [Fact]
    public async Task HTTP1_answers_carry_Connection_close_only_while_draining()
    {
        await using var app = await InMemoryHookApp.StartAsync(Hooks);
        var client = app.Client();

        using (var before = await client.GetAsync("/work"))
        {
            Assert.NotEqual(true, before.Headers.ConnectionClose);
        }

        var preStop = HookAnswer.GetAsync(app.Client(), "/lifecycle/pre-stop");
        await Eventually.TrueAsync(async () => (await HookAnswer.GetAsync(client, "/lifecycle/ready")).Body == "draining");

        using var during = await client.GetAsync("/work");
        Assert.Equal(HttpStatusCode.OK, during.StatusCode);
        Assert.True(during.Headers.ConnectionClose, "a drain answer without Connection: close");
        Assert.Equal(HttpStatusCode.OK, (await preStop.WaitAsync(TimeSpan.FromSeconds(15))).Status);
    }

    [Fact]
    public async Task HTTP2_connections_get_GOAWAY_while_draining_and_the_client_moves_to_a_new_connection()
    {
        await using var app = await InMemoryHookApp.StartAsync(Hooks + Http2Only);
        var connections = 0;
        using var client = Http2Client(app.MainAddress(), () => Interlocked.Increment(ref connections));
        using var hookClient = Http2Client(app.MainAddress(), () => { });

        await GetOkAsync(client, "/work");
        await GetOkAsync(client, "/work");
        Assert.Equal(1, connections);

        var preStop = hookClient.GetAsync("/lifecycle/pre-stop");
        await Eventually.TrueAsync(async () =>
        {
            using var ready = await hookClient.GetAsync("/lifecycle/ready");
            return await ready.Content.ReadAsStringAsync() == "draining";
        });

        // Every request still succeeds; the first one during the drain brings GOAWAY, so a later one opens a new connection.
        await Eventually.TrueAsync(async () =>
        {
            await GetOkAsync(client, "/work");
            return Volatile.Read(ref connections) >= 2;
        });
        using var answer = await preStop.WaitAsync(TimeSpan.FromSeconds(15));
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
    }

    [Fact]
    public async Task A_request_running_when_the_drain_begins_finishes_and_its_answer_says_Connection_close()
    {
        await using var app = await InMemoryHookApp.StartAsync(Hooks + WithSlowEndpoint);
        var client = app.Client();

        var slow = client.GetAsync("/slow");
        await app.Static<TaskCompletionSource>("Slow", "Arrived").Task.WaitAsync(TimeSpan.FromSeconds(10));
        var preStop = HookAnswer.GetAsync(app.Client(), "/lifecycle/pre-stop");
        await Eventually.TrueAsync(async () => (await HookAnswer.GetAsync(app.Client(), "/lifecycle/ready")).Body == "draining");
        app.Static<TaskCompletionSource>("Slow", "Gate").SetResult();

        using var answer = await slow.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal("slow done", await answer.Content.ReadAsStringAsync());
        Assert.True(answer.Headers.ConnectionClose, "the running request's answer should tell its client to leave");
        Assert.Equal(HttpStatusCode.OK, (await preStop.WaitAsync(TimeSpan.FromSeconds(15))).Status);
    }

    private static HttpClient Http2Client(Uri address, Action onConnect)
    {
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (context, cancellationToken) =>
            {
                onConnect();
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            },
        };
        return new HttpClient(handler)
        {
            BaseAddress = address,
            Timeout = TimeSpan.FromSeconds(30),
            DefaultRequestVersion = HttpVersion.Version20,
            DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
    }

    private static async Task GetOkAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(new Version(2, 0), response.Version);
    }
}
