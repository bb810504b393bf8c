using System.Net.Http;
using HookAnalyzers.Tests.Infrastructure.Processes;
using HookAnalyzers.Tests.Runtime;

namespace HookAnalyzers.Tests.Termination;

/// <summary>
/// Drills 5, 6 and 9 on <see cref="DrillApp"/>: a [PreStop] that hangs, SIGKILL during a preStop
/// write, and foreign calls with a management port and a token.
/// </summary>
[Collection(TerminationDrillsCollection.Name)]
public sealed class DrillAppTests(TerminationDrillsFixture fixture) : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("drill-app-").FullName;

    private DrillApp Drill => fixture.DrillApp;

    [Fact]
    public async Task A_preStop_method_that_hangs_and_ignores_its_token_is_abandoned_and_the_stop_signal_keeps_its_shutdown_time()
    {
        await using var app = await StartAsync("hang");

        var termination = await KubeletSimulator.StopContainerAsync(app.App, PreStop, Drill.TerminationGraceSeconds);

        var signalToExit = termination.DeleteToExit - termination.PreStopElapsed;
        DrillResults.Record("[PreStop] hangs, ignores its token", "drill app", 1, 0, termination.DeleteToExit, $"preStop answered after {termination.PreStopElapsed.TotalSeconds:0.0} s; exit {signalToExit.TotalSeconds:0.0} s after SIGTERM");
        Assert.Contains("drill: hanging", app.App.Transcript);
        Assert.Contains("did not finish within 2 s", app.App.Transcript);

        // Drain 1 s + the method's 2 s timeout (with slack for a busy machine), far inside the grace period.
        Assert.True(termination.PreStopFinishedInGrace && termination.PreStopElapsed < TimeSpan.FromSeconds(1 + 2 + 4), $"{termination}\n{app.App.Transcript}");
        Assert.True(termination.StopSignalGraceSeconds >= Drill.ShutdownTimeoutSeconds, termination.ToString());
        Assert.True(termination.ExitedAfterStopSignal && !termination.Killed, $"{termination}\n{app.App.Transcript}");
        Assert.True(signalToExit < TimeSpan.FromSeconds(Drill.ShutdownTimeoutSeconds), $"{termination}\n{app.App.Transcript}");
    }

    [Fact]
    public async Task SIGKILL_in_the_middle_of_a_preStop_write_leaves_the_previous_complete_file()
    {
        var report = Path.Combine(_data, "report.txt");
        var previous = string.Concat(Enumerable.Range(1, DrillApp.ReportLines).Select(i => $"report line {i} of {DrillApp.ReportLines}\n")) + "end of report\n";
        await File.WriteAllTextAsync(report, previous);
        await using var app = await StartAsync("slow-write");

        var preStop = PreStop();
        await Eventually.TrueAsync(() => app.App.Transcript.Contains("drill: wrote 100 lines", StringComparison.Ordinal), timeoutSeconds: 20);
        await app.KillAsync();
        var call = await preStop;

        var partial = await File.ReadAllTextAsync(report + ".tmp");
        DrillResults.Record("SIGKILL during a [PreStop] write", "drill app", 1, 0, null, $"killed after {partial.Split('\n').Length - 1} of {DrillApp.ReportLines} lines (the kubelet's call cut, as expected); report.txt intact");
        Assert.False(call.Delivered, "the kill should have cut the kubelet's call");
        Assert.False(DrillApp.IsCompleteReport(partial), "the kill came after the write, not during it");
        Assert.Equal(previous, await File.ReadAllTextAsync(report));
    }

    [Fact]
    public async Task What_preStop_wrote_before_answering_is_on_disk_when_SIGKILL_follows_at_once()
    {
        await using var app = await StartAsync("slow-write");

        var call = await PreStop();
        await app.KillAsync();

        var report = Path.Combine(_data, "report.txt");
        DrillResults.Record("SIGKILL right after preStop answered", "drill app", 1, call.Delivered ? 0 : 1, null, "report.txt complete");
        Assert.True(call.Delivered && call.Status == 200, $"{call}\n{app.App.Transcript}");
        Assert.True(DrillApp.IsCompleteReport(await File.ReadAllTextAsync(report)), app.App.Transcript);
        Assert.False(File.Exists(report + ".tmp"));
    }

    [Fact]
    public async Task With_a_management_port_and_a_token_foreign_calls_run_nothing_and_the_pod_stays_ready()
    {
        await using var app = await StartAsync("none");
        var publicPreStop = await KubeletSimulator.HttpGetHookAsync(new Uri($"http://127.0.0.1:{app.Port}/lifecycle/pre-stop"), DrillApp.TokenHeader);
        var withoutToken = await KubeletSimulator.HttpGetHookAsync(Management("/lifecycle/pre-stop"));
        var wrongToken = await KubeletSimulator.HttpGetHookAsync(Management("/lifecycle/pre-stop"), new Dictionary<string, string> { ["X-Lifecycle-Token"] = "guess" });
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        using var ready = await client.GetAsync(Management("/lifecycle/ready"));

        var termination = await KubeletSimulator.StopContainerAsync(app.App, PreStop, Drill.TerminationGraceSeconds);

        DrillResults.Record("foreign hook calls (management port + token)", "drill app", 3, 0, termination.DeleteToExit, $"public port {Answer(publicPreStop)}, no token {Answer(withoutToken)}, wrong token {Answer(wrongToken)}, ready {(int)ready.StatusCode}");

        // Each call carries the kubelet's user agent: a rejected call is a dropped connection, the
        // only answer the kubelet counts as a failed hook (a 404 or 401 would read as success).
        Assert.All([publicPreStop, withoutToken, wrongToken], call => Assert.False(call.Delivered, call.ToString()));
        Assert.Equal(200, (int)ready.StatusCode);
        Assert.Equal(1, CountOf(app.App.Transcript, "Lifecycle hook pre-stop started"));
        Assert.True(termination.ExitedAfterStopSignal && termination.ExitCode == 0, $"{termination}\n{app.App.Transcript}");
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);

    private static string Answer(HookCall call) => call.Delivered ? call.Status.ToString()! : "dropped";

    private Uri Management(string path) => new($"http://127.0.0.1:{Drill.ManagementPort}{path}");

    /// <summary>The manifest's preStop: httpGet on the management port with the token header.</summary>
    private Task<HookCall> PreStop() => KubeletSimulator.HttpGetHookAsync(Management("/lifecycle/pre-stop"), DrillApp.TokenHeader);

    private async Task<RunningApp> StartAsync(string preStopMode)
    {
        var port = FreePort.Next();
        var app = new RunningApp(ChildProcess.Start(SampleApp.App(port, _data, new Dictionary<string, string> { ["DRILL_PRESTOP"] = preStopMode }, Drill.DllPath)), port);
        try
        {
            await app.App.WaitUntilListeningAsync(port, TimeSpan.FromSeconds(30));

            // Kestrel binds its addresses one after another: started means the management port listens too.
            await Eventually.TrueAsync(() => app.App.Transcript.Contains("Application started", StringComparison.Ordinal), timeoutSeconds: 30);
            return app;
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    /// <summary>The drill app's process and its public port.</summary>
    private sealed record RunningApp(ChildProcess App, int Port) : IAsyncDisposable
    {
        public Task KillAsync() => App.KillAsync();

        public ValueTask DisposeAsync() => App.DisposeAsync();
    }

    private static int CountOf(string text, string part) => text.Split(part).Length - 1;
}
