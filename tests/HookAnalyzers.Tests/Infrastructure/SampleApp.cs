using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace HookAnalyzers.Tests.Infrastructure;

/// <summary>
/// The built samples/HookDemo as a real process on 127.0.0.1 (the test project references it, so
/// it is built before the tests in the same configuration). Output is captured; the process is
/// killed on dispose whatever happened.
/// </summary>
public sealed class SampleApp : IAsyncDisposable
{
    private readonly StringBuilder _output = new();

    private SampleApp(Process process, int port, string dataDirectory)
    {
        Process = process;
        Port = port;
        DataDirectory = dataDirectory;
    }

    public static string DllPath => RepoPaths.Combine("samples", "HookDemo", "bin", RepoPaths.Configuration, "net10.0", "HookDemo.dll");

    public Process Process { get; }

    public int Port { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}");

    public string DataDirectory { get; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts the app (or another built hook app, <paramref name="dll"/>) on a free loopback port; does not wait for it to listen.</summary>
    public static SampleApp Start(string dataDirectory, IReadOnlyDictionary<string, string>? environment = null, int? port = null, string? dll = null)
    {
        var chosenPort = port ?? FreePort.Next();
        var start = DotnetStartInfo(dll ?? DllPath);
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{chosenPort}";
        start.Environment["HOOKDEMO_DATA"] = dataDirectory;
        start.Environment["Logging__Console__FormatterName"] = "simple";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var process = new Process { StartInfo = start };
        var app = new SampleApp(process, chosenPort, dataDirectory);
        process.OutputDataReceived += (_, e) => app.Append(e.Data);
        process.ErrorDataReceived += (_, e) => app.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return app;
    }

    /// <summary>Waits until the app accepts connections (bounded).</summary>
    public async Task WaitUntilListeningAsync(TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (Process.HasExited)
            {
                throw new InvalidOperationException("The sample exited early:\n" + Output);
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        throw new TimeoutException($"The sample did not listen on {Port} within {timeout}:\n{Output}");
    }

    /// <summary>The app binary as the kubelet's exec handler runs it: <c>dotnet HookDemo.dll --lifecycle-hook hook</c>.</summary>
    public static async Task<(int ExitCode, string Output, TimeSpan Elapsed)> RunExecClientAsync(string hook, int port, TimeSpan timeout, string? dll = null)
    {
        var start = DotnetStartInfo(dll ?? DllPath, "--lifecycle-hook", hook);
        start.Environment["LIFECYCLE_HOOKS_PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var process = new Process { StartInfo = start };
        var stopwatch = Stopwatch.StartNew();
        process.Start();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The exec client did not exit within {timeout}");
        }

        return (process.ExitCode, await stdout + await stderr, stopwatch.Elapsed);
    }

    public async ValueTask DisposeAsync()
    {
        if (!Process.HasExited)
        {
            Process.Kill(entireProcessTree: true);
            await Process.WaitForExitAsync();
        }

        Process.Dispose();
    }

    private static ProcessStartInfo DotnetStartInfo(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The sample reads nothing else from the test's environment that could make it listen elsewhere.
        start.Environment.Remove("ASPNETCORE_HTTP_PORTS");
        start.Environment.Remove("LIFECYCLE_HOOKS_PORT");
        return start;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
