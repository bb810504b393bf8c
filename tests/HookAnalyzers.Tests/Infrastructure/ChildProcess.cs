using System.Diagnostics;
using System.Text;

namespace HookAnalyzers.Tests.Infrastructure;

/// <summary>
/// A process started by a test: output captured, every wait bounded, and the whole process tree
/// killed on dispose if it is still running.
/// </summary>
public sealed class ChildProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _error = new();

    private ChildProcess(Process process)
    {
        _process = process;
    }

    /// <summary>The muxer running this test, so children use the same SDK and runtime.</summary>
    public static string Dotnet { get; } = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    public bool HasExited => _process.HasExited;

    /// <summary>The process id, for signals (<see cref="PosixSignals"/>).</summary>
    public int Id => _process.Id;

    public string Output { get { lock (_output) { return _output.ToString(); } } }

    public string Error { get { lock (_error) { return _error.ToString(); } } }

    public static ChildProcess Start(string fileName, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        // `dotnet test` sets MSBuild variables for its own build; a child build must find its own.
        foreach (var name in info.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || k == "MSBUILD_EXE_PATH").ToList())
        {
            info.Environment.Remove(name);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        var process = new Process { StartInfo = info };
        var child = new ChildProcess(process);
        process.OutputDataReceived += (_, e) => Append(child._output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(child._error, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>The exit code, or a failure naming the command and its output when it runs longer than <paramref name="timeout"/>.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            Kill();
            throw new TimeoutException($"{_process.StartInfo.FileName} {string.Join(' ', _process.StartInfo.ArgumentList)} still ran after {timeout.TotalSeconds} s\nstdout:\n{Output}\nstderr:\n{Error}");
        }

        _process.WaitForExit(); // flushes the redirected output
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        Kill();
        using var cancellation = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await _process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            // Killed but not reaped in 10 s: nothing more a test can do.
        }

        _process.Dispose();
    }

    private void Kill()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }
    }

    private static void Append(StringBuilder builder, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (builder)
        {
            builder.AppendLine(line);
        }
    }
}
