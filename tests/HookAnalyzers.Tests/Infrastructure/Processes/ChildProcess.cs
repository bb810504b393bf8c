using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace HookAnalyzers.Tests.Infrastructure.Processes;

/// <summary>
/// A process started by a test, for the tests that talk to it while it runs (an app, an exec client
/// started before the app). Output is captured, every wait is bounded, the process tree is killed once
/// <c>lifetime</c> has passed whatever the test does, and on dispose if it is still running.
/// </summary>
public sealed class ChildProcess : IAsyncDisposable
{
    /// <summary>Longer than any single test runs; only a test that forgot to stop its process reaches it.</summary>
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromMinutes(10);

    private readonly Process _process;
    private readonly ProcessCommand _command;
    private readonly Stopwatch _elapsed = Stopwatch.StartNew();
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _error = new();
    private readonly StringBuilder _transcript = new();
    private readonly CancellationTokenSource _lifetime;

    private ChildProcess(Process process, ProcessCommand command, TimeSpan lifetime)
    {
        _process = process;
        _command = command;
        _lifetime = new CancellationTokenSource(lifetime);
        _lifetime.Token.Register(Kill);
    }

    public bool HasExited => _process.HasExited;

    public string Output => Read(_output);

    public string Error => Read(_error);

    /// <summary>Both streams in the order the lines came.</summary>
    public string Transcript => Read(_transcript);

    public static ChildProcess Start(ProcessCommand command, TimeSpan? lifetime = null)
    {
        var info = new ProcessStartInfo(command.FileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = command.WorkingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in command.Arguments)
        {
            info.ArgumentList.Add(argument);
        }

        ChildEnvironment.Apply(info.Environment, command.Environment);

        var process = new Process { StartInfo = info };
        var child = new ChildProcess(process, command, lifetime ?? DefaultLifetime);
        process.OutputDataReceived += (_, e) => child.Append(child._output, e.Data);
        process.ErrorDataReceived += (_, e) => child.Append(child._error, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>The exit code, or (the process tree killed) a failure naming the command and its output when it runs longer than <paramref name="timeout"/>.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
        => await TryWaitForExitAsync(timeout)
            ?? await KillAndThrowAsync(timeout);

    /// <summary>The exit code, or null when the process still runs after <paramref name="timeout"/> (it is left running).</summary>
    public async Task<int?> TryWaitForExitAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            return null;
        }

        _process.WaitForExit(); // flushes the redirected output
        return _process.ExitCode;
    }

    /// <summary>The result of a process that has exited.</summary>
    public ProcessResult Result()
        => new(_command.CommandLine, _process.ExitCode, Output, Error, Transcript, _elapsed.Elapsed);

    /// <summary>Sends SIGTERM, the container runtime's default stop signal.</summary>
    public void Terminate() => PosixSignals.Terminate(_process);

    /// <summary>Kills the process tree (SIGKILL) and waits, bounded, until it is gone.</summary>
    public async Task KillAsync()
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
    }

    /// <summary>Waits until something accepts TCP connections on 127.0.0.1:<paramref name="port"/>; fails with the output if the process exits first.</summary>
    public async Task WaitUntilListeningAsync(int port, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (HasExited)
            {
                throw new InvalidOperationException($"{_command.CommandLine} exited with {_process.ExitCode} before listening on {port}:\n{Transcript}");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        throw new TimeoutException($"{_command.CommandLine} did not listen on {port} within {timeout.TotalSeconds} s:\n{Transcript}");
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _lifetime.Dispose();
        _process.Dispose();
    }

    private async Task<int> KillAndThrowAsync(TimeSpan timeout)
    {
        await KillAsync();
        throw new TimeoutException($"{_command.CommandLine} still ran after {timeout.TotalSeconds} s and was killed\nstdout:\n{Output}\nstderr:\n{Error}");
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
            // Not started, already exited or already disposed.
        }
    }

    private void Append(StringBuilder stream, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_transcript)
        {
            stream.AppendLine(line);
            _transcript.AppendLine(line);
        }
    }

    private string Read(StringBuilder builder)
    {
        lock (_transcript)
        {
            return builder.ToString();
        }
    }
}
