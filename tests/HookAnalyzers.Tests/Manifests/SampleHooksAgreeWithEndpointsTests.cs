using System.Net;
using HookAnalyzers.Tests.Infrastructure.Processes;

namespace HookAnalyzers.Tests.Manifests;

/// <summary>
/// The freshly built sample is driven exactly as its generated patch tells the kubelet to drive it:
/// the exec command with the manifest's arguments, GETs on the manifest's paths with its headers and
/// the kubelet's User-Agent. Only the port is mapped, because the manifest says 8080 and the test uses a free one.
/// </summary>
[Collection(ManifestBuildCollection.Name)]
public sealed class SampleHooksAgreeWithEndpointsTests(ManifestBuildFixture builds) : IDisposable
{
    private const string KubeletUserAgent = "kube-lifecycle/1.34";
    private const int ManifestPort = 8080;
    private static readonly TimeSpan HookTimeout = TimeSpan.FromSeconds(60);

    private readonly string _data = Directory.CreateTempSubdirectory("hookdemo-data-").FullName;
    private readonly HttpClient _http = new() { Timeout = HookTimeout };

    [Fact]
    public async Task Every_hook_in_the_generated_patch_succeeds_against_the_running_sample()
    {
        var handlers = new ManifestHandlers(File.ReadAllText(Path.Combine(builds.SampleManifestDirectory, "lifecycle.patch.yaml")));
        var postStart = handlers.PostStart ?? throw new Xunit.Sdk.XunitException("the sample has [PostStart] methods but the patch has no postStart");
        var preStop = handlers.PreStop ?? throw new Xunit.Sdk.XunitException("the sample has [PreStop] methods but the patch has no preStop");
        var readiness = handlers.ReadinessProbe ?? throw new Xunit.Sdk.XunitException("the patch has no readinessProbe");
        Assert.All(new[] { postStart, preStop, readiness }.Where(h => h.Kind == "httpGet"), h => Assert.Equal(ManifestPort, h.Port));

        var port = FreePort.Next();
        await using var app = ChildProcess.Start(SampleApp.App(port, _data, assembly: builds.SampleAssembly));
        await app.WaitUntilListeningAsync(port, HookTimeout);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await GetAsync(readiness, port)).StatusCode); // ready waits for postStart

        await PerformAsync(postStart, port);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(readiness, port)).StatusCode);
        Assert.True(File.Exists(Path.Combine(_data, "started.txt")), "the [PostStart] method did not run");

        await PerformAsync(preStop, port);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await GetAsync(readiness, port)).StatusCode); // draining
        Assert.True(File.Exists(Path.Combine(_data, "deregistered.txt")), "the [PreStop] method did not run");
    }

    public void Dispose()
    {
        _http.Dispose();
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
            // a temp folder left behind is harmless
        }
    }

    private async Task PerformAsync(ManifestHandler handler, int port)
    {
        switch (handler.Kind)
        {
            case "exec":
                // The manifest runs the image's copy (/app/HookDemo.dll); run the built one with the same arguments.
                Assert.Equal("dotnet", handler.Command[0]);
                Assert.Equal(Path.GetFileName(builds.SampleAssembly), Path.GetFileName(handler.Command[1]));
                var result = await ProcessRunner.RunAsync(SampleApp.ExecClient(port, handler.Command.Skip(2), builds.SampleAssembly), HookTimeout);
                Assert.True(result.Succeeded, $"exec {string.Join(' ', handler.Command)}\n{result}");
                break;
            case "httpGet":
                using (var response = await GetAsync(handler, port, KubeletUserAgent))
                {
                    var body = await response.Content.ReadAsStringAsync();
                    Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {handler.Path}: {(int)response.StatusCode} {body}");
                    Assert.Contains("\"status\":\"succeeded\"", body, StringComparison.Ordinal);
                }

                break;
            default:
                throw new Xunit.Sdk.XunitException($"the sample's hooks should not be {handler.Kind}");
        }
    }

    private Task<HttpResponseMessage> GetAsync(ManifestHandler handler, int port, string? userAgent = null)
    {
        Assert.Equal("HTTP", handler.Scheme);
        var request = new HttpRequestMessage(HttpMethod.Get, $"http://127.0.0.1:{port}{handler.Path}");
        foreach (var (name, value) in handler.Headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        if (userAgent is not null)
        {
            request.Headers.TryAddWithoutValidation("User-Agent", userAgent);
        }

        return _http.SendAsync(request);
    }
}
