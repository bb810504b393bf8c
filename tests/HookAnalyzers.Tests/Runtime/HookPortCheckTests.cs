using HookAnalyzers.Tests.Infrastructure.Processes;

namespace HookAnalyzers.Tests.Runtime;

/// <summary>
/// The kubelet calls the hooks and the readiness probe on the Port setting (8080 for the sample):
/// in a container, an app that listens elsewhere logs a critical event (1013) naming both.
/// </summary>
[Collection(SampleAppCollection.Name)]
public sealed class HookPortCheckTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("hookdemo-portcheck-").FullName;

    [Fact]
    public async Task In_a_container_an_app_that_does_not_listen_on_the_hook_port_logs_a_critical_event_naming_both()
    {
        var output = await StartedOutputAsync(new Dictionary<string, string> { ["DOTNET_RUNNING_IN_CONTAINER"] = "true" });

        Assert.Contains("[1013]", output.Output);
        Assert.Contains($"on port 8080, but the app listens on http://127.0.0.1:{output.Port}", output.Output);
    }

    [Fact]
    public async Task Outside_a_container_the_hook_port_is_not_checked()
    {
        var output = await StartedOutputAsync(new Dictionary<string, string> { ["DOTNET_RUNNING_IN_CONTAINER"] = "", ["KUBERNETES_SERVICE_HOST"] = "" });

        Assert.DoesNotContain("[1013]", output.Output);
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);

    private async Task<(string Output, int Port)> StartedOutputAsync(IReadOnlyDictionary<string, string> environment)
    {
        var port = FreePort.Next();
        await using var app = ChildProcess.Start(SampleApp.App(port, _data, environment));
        await app.WaitUntilListeningAsync(port, TimeSpan.FromSeconds(30));

        // The check runs when the app has started; the event is logged before "Application started".
        await Eventually.TrueAsync(() => app.Transcript.Contains("Application started", StringComparison.Ordinal), timeoutSeconds: 30);
        return (app.Transcript, port);
    }
}
