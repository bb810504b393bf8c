using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using System.Runtime.Versioning;
using HookAnalyzers.Tests.Infrastructure.Processes;
using Xunit.Abstractions;

namespace HookAnalyzers.Tests.Workers;

/// <summary>
/// samples/WorkerDemo driven as the kubelet drives a container: postStart exec at ENTRYPOINT time,
/// preStop exec (delivered twice, concurrently), the stop signal, SIGKILL at the grace period.
/// </summary>
[Collection(WorkerDemoCollection.Name)]
[UnsupportedOSPlatform("windows")] // Unix sockets, file modes and SIGTERM
public sealed class WorkerLifecycleTests(WorkerDemoFixture worker, ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan ExecTimeout = TimeSpan.FromSeconds(WorkerDemoFixture.GracePeriodSeconds + 10);

    // Short and private: a socket path is limited to 107 bytes.
    private readonly string _root = Directory.CreateTempSubdirectory("wd-").FullName;

    private string Data => Path.Combine(_root, "data");

    private string Socket => Path.Combine(_root, "sock", "hooks.sock");

    private string Inbox => Path.Combine(Data, "inbox");

    [Fact]
    public async Task A_rollout_flushes_every_accepted_message_and_takes_nothing_once_preStop_began()
    {
        Directory.CreateDirectory(Inbox);
        var produced = 0;
        Produce(ref produced, 100);

        // postStart starts with the entrypoint and usually before the app listens: the client retries.
        await using var postStart = worker.StartExecClient("post-start", Data, Socket);
        await Task.Delay(300);
        Assert.False(File.Exists(Socket), "the socket exists before the app started");
        await using var app = worker.StartWorker(Data, Socket);
        Assert.True(await postStart.WaitForExitAsync(ExecTimeout) == 0, $"post-start failed:\n{postStart.Output}\n{postStart.Error}\napp:\n{app.Output}");

        // Messages keep arriving while the worker runs and while it stops.
        using var stopProducing = new CancellationTokenSource();
        var producer = Task.Run(async () =>
        {
            while (!stopProducing.IsCancellationRequested)
            {
                Produce(ref produced, 1);
                await Task.Delay(5);
            }
        });
        await WaitUntilAsync(() => Takes().Count >= 30, app, "the worker to take 30 messages");

        // The kubelet may deliver preStop twice: both calls get the one run's answer.
        await using var preStop1 = worker.StartExecClient("pre-stop", Data, Socket);
        await using var preStop2 = worker.StartExecClient("pre-stop", Data, Socket);
        var exits = await Task.WhenAll(preStop1.WaitForExitAsync(ExecTimeout), preStop2.WaitForExitAsync(ExecTimeout));
        var afterPreStop = Volatile.Read(ref produced);
        Assert.True(exits is [0, 0], $"pre-stop exits {exits[0]}, {exits[1]}\n{preStop1.Error}\n{preStop2.Error}\napp:\n{app.Output}");
        Assert.Equal(preStop1.Output, preStop2.Output);

        // Then the stop signal, and SIGKILL when the grace period is over.
        var stopwatch = Stopwatch.StartNew();
        app.Terminate();
        var exitCode = await app.WaitForExitAsync(TimeSpan.FromSeconds(WorkerDemoFixture.GracePeriodSeconds));
        output.WriteLine($"exited {exitCode} {stopwatch.ElapsedMilliseconds} ms after SIGTERM");
        await stopProducing.CancelAsync();
        await producer;

        Assert.Equal(0, exitCode);
        var journal = File.ReadAllLines(Path.Combine(Data, "journal.log"));
        Assert.Equal(1, journal.Count(line => line == "closed"));
        Assert.Equal("closed", journal[^1]); // nothing taken once preStop began
        var taken = Takes();
        var results = File.ReadAllLines(Path.Combine(Data, "results.log")).Select(line => line.Split(' ')[0]).ToList();
        Assert.Equal(taken.Order(), results.Order()); // every accepted message flushed, none twice
        Assert.Equal(results.Count.ToString(CultureInfo.InvariantCulture), File.ReadAllText(Path.Combine(Data, "checkpoint.txt")));
        Assert.True(afterPreStop > taken.Count, "the producer outran the consumer, so untaken messages remain");
        Assert.Equal(Volatile.Read(ref produced) - taken.Count, Directory.GetFiles(Inbox, "*.msg").Length); // the rest waits for the next instance

        // Each hook body ran once: one log line per method.
        foreach (var line in new[] { "hook post-start: consuming", "hook pre-stop: consumer idle", "hook pre-stop: flushed", "hook pre-stop: checkpoint" })
        {
            Assert.Equal(1, Occurrences(app.Output, line));
        }

        Assert.Equal(1, Occurrences(app.Output, "LifecycleHooks[1007]")); // the duplicate was answered from the record
        Assert.False(File.Exists(Socket), "the socket file outlived the host");
    }

    [Fact]
    public async Task PreStop_never_delivered_still_flushes_when_the_host_stops()
    {
        Directory.CreateDirectory(Inbox);
        var produced = 0;
        Produce(ref produced, 60);
        await using var app = worker.StartWorker(Data, Socket);
        await WaitUntilAsync(() => Takes().Count >= 20, app, "the worker to take 20 messages");

        app.Terminate();
        Assert.Equal(0, await app.WaitForExitAsync(TimeSpan.FromSeconds(WorkerDemoFixture.GracePeriodSeconds)));

        Assert.Contains("LifecycleHooks[1012]", app.Output, StringComparison.Ordinal);
        var results = File.ReadAllLines(Path.Combine(Data, "results.log")).Select(line => line.Split(' ')[0]);
        Assert.Equal(Takes().Order(), results.Order());
    }

    [Fact]
    public async Task The_socket_is_owner_only_and_replaces_a_stale_file()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Socket)!);
        await File.WriteAllTextAsync(Socket, "left by an earlier process");
        await using var app = worker.StartWorker(Data, Socket);
        await WaitUntilAsync(() => app.Output.Contains("LifecycleHooks[1014]", StringComparison.Ordinal), app, "the socket to listen");

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Socket));
        await using var client = worker.StartExecClient("post-start", Data, Socket);
        Assert.True(await client.WaitForExitAsync(ExecTimeout) == 0, client.Error);
    }

    [Fact]
    public async Task The_socket_directory_it_creates_is_private()
    {
        await using var app = worker.StartWorker(Data, Socket);
        await WaitUntilAsync(() => app.Output.Contains("LifecycleHooks[1014]", StringComparison.Ordinal), app, "the socket to listen");

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(Socket)!));
        using var probe = new System.Net.Sockets.Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        await probe.ConnectAsync(new UnixDomainSocketEndPoint(Socket));
    }

    /// <summary>
    /// With nothing listening the client retries for the postStart budget, then exits 1: within the
    /// budget plus a second, plus the runtime's own start, measured at the same time with a hook
    /// name the client rejects before its budget begins.
    /// </summary>
    [Fact]
    public async Task With_no_listener_the_exec_client_exits_1_within_the_budget_and_a_second()
    {
        var missing = MeasureAsync("post-start");
        var startup = MeasureAsync("no-such-hook");

        var runtimeStart = await startup;
        var run = await missing;
        output.WriteLine($"gave up after {run.Elapsed.TotalSeconds:0.000} s (runtime start {runtimeStart.Elapsed.TotalSeconds:0.000} s)");
        Assert.Equal(1, runtimeStart.ExitCode);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("nothing listens on unix:", run.Error, StringComparison.Ordinal);
        Assert.InRange(run.Elapsed, TimeSpan.FromSeconds(WorkerDemoFixture.PostStartBudgetSeconds - 1), TimeSpan.FromSeconds(WorkerDemoFixture.PostStartBudgetSeconds + 1) + runtimeStart.Elapsed);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A killed process may still hold a file for a moment; the temp directory is cleaned by the OS.
        }
    }

    private async Task<(int ExitCode, TimeSpan Elapsed, string Error)> MeasureAsync(string hook)
    {
        var stopwatch = Stopwatch.StartNew();
        await using var client = worker.StartExecClient(hook, Data, Path.Combine(_root, "none", hook + ".sock"));
        var exitCode = await client.WaitForExitAsync(ExecTimeout);
        return (exitCode, stopwatch.Elapsed, client.Error);
    }

    private void Produce(ref int produced, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var id = Interlocked.Increment(ref produced);
            var name = Path.Combine(Inbox, id.ToString("D6", CultureInfo.InvariantCulture));

            // Written under another name, then renamed: the consumer never sees half a message.
            File.WriteAllText(name + ".tmp", "message " + id);
            File.Move(name + ".tmp", name + ".msg");
        }
    }

    private List<string> Takes()
    {
        var journal = Path.Combine(Data, "journal.log");
        if (!File.Exists(journal))
        {
            return [];
        }

        using var stream = new FileStream(journal, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n').Where(line => line.StartsWith("take ", StringComparison.Ordinal)).Select(line => line[5..]).ToList();
    }

    private static async Task WaitUntilAsync(Func<bool> condition, ChildProcess app, string what)
    {
        var deadline = Stopwatch.StartNew();
        while (!condition())
        {
            if (app.HasExited || deadline.Elapsed > TimeSpan.FromSeconds(30))
            {
                throw new TimeoutException($"Waited for {what}:\n{app.Output}\n{app.Error}");
            }

            await Task.Delay(50);
        }
    }

    private static int Occurrences(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
