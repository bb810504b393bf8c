using System.Globalization;
using System.Net.Http;
using System.Text.RegularExpressions;
using HookAnalyzers.Tests.Infrastructure.Processes;

namespace HookAnalyzers.Tests.Termination;

/// <summary>
/// The built sample as a pod of a rollout: an HTTP/1.1 port (hooks, ready, ordinary traffic) and an
/// h2c port (HTTP/2 without TLS, as a gRPC channel or a mesh sidecar talks to it), both on 127.0.0.1,
/// with its data in a temporary directory deleted on dispose.
/// </summary>
public sealed class SamplePod : IAsyncDisposable
{
    private SamplePod(ChildProcess app, int httpPort, int http2Port, string data)
    {
        App = app;
        HttpPort = httpPort;
        Http2Port = http2Port;
        DataDirectory = data;
    }

    /// <summary>terminationGracePeriodSeconds of the sample's generated manifest.</summary>
    public static int GraceSeconds { get; } = Number(RepoPaths.Combine("samples", "HookDemo", "k8s", "generated", "lifecycle.patch.yaml"), @"terminationGracePeriodSeconds: (\d+)");

    /// <summary>The sample's DrainDelaySeconds (an MSBuild property of its project).</summary>
    public static int DrainDelaySeconds { get; } = Number(RepoPaths.Combine("samples", "HookDemo", "HookDemo.csproj"), @"<LifecycleHooksDrainDelaySeconds>(\d+)<");

    public ChildProcess App { get; }

    public int HttpPort { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{HttpPort}");

    public int Http2Port { get; }

    public string DataDirectory { get; }

    public Uri Url(string path) => new(BaseAddress, path);

    public int PortFor(LoadShape shape) => shape == LoadShape.Http2 ? Http2Port : HttpPort;

    /// <summary>Starts the sample and waits until it listens; postStart is the caller's move.</summary>
    public static async Task<SamplePod> StartAsync(IReadOnlyDictionary<string, string>? environment = null)
    {
        var data = Directory.CreateTempSubdirectory("hookdemo-drill-").FullName;
        var httpPort = FreePort.Next();
        var http2Port = FreePort.Next();
        var variables = new Dictionary<string, string>
        {
            // Endpoints from configuration replace ASPNETCORE_URLS: both ports are listed here.
            ["Kestrel__Endpoints__Http__Url"] = $"http://127.0.0.1:{httpPort}",
            ["Kestrel__Endpoints__H2c__Url"] = $"http://127.0.0.1:{http2Port}",
            ["Kestrel__Endpoints__H2c__Protocols"] = "Http2",
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            variables[name] = value;
        }

        var pod = new SamplePod(ChildProcess.Start(SampleApp.App(httpPort, data, variables)), httpPort, http2Port, data);
        try
        {
            await pod.App.WaitUntilListeningAsync(httpPort, TimeSpan.FromSeconds(30));
            return pod;
        }
        catch
        {
            await pod.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Starts the sample and runs postStart through the endpoint the manifest's exec client calls
    /// (one process start less per pod; the exec client has drills of its own); throws unless it succeeded.
    /// </summary>
    public static async Task<SamplePod> StartReadyAsync()
    {
        var pod = await StartAsync();
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        using var postStart = await client.GetAsync(pod.Url("/lifecycle/post-start"));
        if (!postStart.IsSuccessStatusCode)
        {
            await pod.DisposeAsync();
            throw new InvalidOperationException("postStart failed: " + await postStart.Content.ReadAsStringAsync());
        }

        return pod;
    }

    /// <summary>The manifest's postStart: the exec client in the container, calling the app on its hook port.</summary>
    public Task<ProcessResult> PostStartAsync()
        => ProcessRunner.RunAsync(SampleApp.ExecClient("post-start", HttpPort), TimeSpan.FromSeconds(30));

    /// <summary>The manifest's preStop: the kubelet's httpGet.</summary>
    public Task<HookCall> PreStopAsync() => KubeletSimulator.HttpGetHookAsync(Url("/lifecycle/pre-stop"));

    /// <summary>What the readiness probe would see: status and body of the ready endpoint.</summary>
    public async Task<(int Status, string Body)> ReadyAsync()
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        using var response = await client.GetAsync(Url("/lifecycle/ready"));
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>How many times the app logged <paramref name="text"/>.</summary>
    public int LogCount(string text) => Regex.Matches(App.Transcript, Regex.Escape(text)).Count;

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        Directory.Delete(DataDirectory, recursive: true);
    }

    private static int Number(string file, string pattern)
        => int.Parse(Regex.Match(File.ReadAllText(file), pattern).Groups[1].Value, CultureInfo.InvariantCulture);
}
