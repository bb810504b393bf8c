using System.Net;
using System.Runtime.Versioning;

namespace HookAnalyzers.Tests.Runtime;

/// <summary>
/// A web app with Transport UnixSocket on a real Kestrel: the hooks answer on the socket only, the
/// exec client reaches them there, readiness stays on TCP, and the socket is the owner's alone.
/// </summary>
[UnsupportedOSPlatform("windows")] // Unix sockets and file modes
public sealed class UnixSocketTransportTests : IDisposable
{
    private const string Hooks = """
        using System.Threading;
        using HookAnalyzers;

        public static class Hooks
        {
            public static int PreStopRuns;

            [PreStop(TimeoutSeconds = 5)]
            public static void Flush() => Interlocked.Increment(ref PreStopRuns);
        }
        """;

    private readonly string _root = Directory.CreateTempSubdirectory("uds-").FullName;

    private string Socket => Path.Combine(_root, "hooks", "app.sock");

    private Dictionary<string, string> Settings => new()
    {
        ["LifecycleHooksTransport"] = "UnixSocket",
        ["LifecycleHooksSocketPath"] = Socket,
        ["LifecycleHooksDrainDelaySeconds"] = "0",
    };

    [Theory]
    [InlineData("post-start")]
    [InlineData("pre-stop")]
    public async Task Hooks_are_not_served_on_tcp(string hook)
    {
        await using var app = await InMemoryHookApp.StartAsync(Hooks, Settings);

        var response = await app.Client().GetAsync("/lifecycle/" + hook);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(0, app.Static<int>("Hooks", "PreStopRuns"));
    }

    [Fact]
    public async Task Readiness_stays_on_tcp()
    {
        await using var app = await InMemoryHookApp.StartAsync(Hooks, Settings);

        var response = await app.Client().GetAsync("/lifecycle/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_exec_client_runs_the_hook_over_the_socket()
    {
        await using var app = await InMemoryHookApp.StartAsync(Hooks, Settings);

        var (exitCode, output, error) = await RunExecClientAsync(app, "pre-stop");

        Assert.True(exitCode == 0, error);
        Assert.Contains("\"status\":\"succeeded\"", output, StringComparison.Ordinal);
        Assert.Equal(1, app.Static<int>("Hooks", "PreStopRuns"));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await app.Client().GetAsync("/lifecycle/ready")).StatusCode);
    }

    [Fact]
    public async Task With_a_management_port_too_the_exec_client_still_runs_the_hook_over_the_socket()
    {
        // A socket connection has no TCP port: the management-port check must not turn it away.
        var settings = Settings;
        settings["LifecycleHooksManagementPort"] = HookAnalyzers.Tests.Infrastructure.Processes.FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture);
        await using var app = await InMemoryHookApp.StartAsync(Hooks, settings);

        var (exitCode, output, error) = await RunExecClientAsync(app, "pre-stop");

        Assert.True(exitCode == 0, error + output);
        Assert.Equal(1, app.Static<int>("Hooks", "PreStopRuns"));
    }

    [Fact]
    public async Task The_socket_is_owner_only_in_a_private_directory()
    {
        await using var app = await InMemoryHookApp.StartAsync(Hooks, Settings);

        // The mode is set once Kestrel reports the socket bound (application started).
        await Eventually.TrueAsync(() => File.GetUnixFileMode(Socket) == (UnixFileMode.UserRead | UnixFileMode.UserWrite));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(Socket)!));
    }

    [Fact]
    public async Task A_stale_socket_file_is_replaced()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Socket)!);
        await File.WriteAllTextAsync(Socket, "left by an earlier process");

        await using var app = await InMemoryHookApp.StartAsync(Hooks, Settings);
        var (exitCode, _, error) = await RunExecClientAsync(app, "pre-stop");

        Assert.True(exitCode == 0, error);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // Kestrel may still hold the socket for a moment; the temp directory is cleaned by the OS.
        }
    }

    /// <summary>The generated exec client of the app's own assembly, in this process (it reads only the settings the app was compiled with).</summary>
    private static Task<(int ExitCode, string Output, string Error)> RunExecClientAsync(InMemoryHookApp app, string hook)
        => Task.Run(() =>
        {
            var client = app.Assembly.GetType("HookAnalyzers.Generated.LifecycleHookExecClient", throwOnError: true)!;
            var output = new StringWriter();
            var error = new StringWriter();
            var exitCode = (int?)client.GetMethod("TryRun")!.Invoke(null, [new[] { "app", "--lifecycle-hook", hook }, output, error]);
            return (exitCode ?? -1, output.ToString(), error.ToString());
        });
}
