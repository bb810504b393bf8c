using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace HookAnalyzers.Tests.Manifests;

/// <summary>The outcome of a finished process.</summary>
public sealed record ProcessResult(int ExitCode, string Output, string Error)
{
    public string Describe(string what) => $"{what} exited with {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}

/// <summary>
/// Runs the tools the manifest tests need (dotnet, npm, node, kubectl) with a timeout, and kills
/// the whole process tree when the timeout passes or the caller is done, so no test leaves a process behind.
/// </summary>
public static class ManifestProcess
{
    public static ProcessResult Run(
        string fileName,
        IEnumerable<string> arguments,
        TimeSpan timeout,
        string? workingDirectory = null,
        IReadOnlyDictionary<string, string?>? environment = null)
    {
        using var process = Start(fileName, arguments, workingDirectory, environment, out var output, out var error);
        if (!process.WaitForExit(timeout))
        {
            Kill(process);
            throw new Xunit.Sdk.XunitException($"{fileName} {string.Join(' ', arguments)} did not finish within {timeout.TotalSeconds} s and was killed\n{output}\n{error}");
        }

        process.WaitForExit(); // drains the redirected streams
        return new ProcessResult(process.ExitCode, output.ToString(), error.ToString());
    }

    /// <summary>Starts a long-running process (the sample app); the caller stops it with <see cref="Kill"/>.</summary>
    public static Process Start(
        string fileName,
        IEnumerable<string> arguments,
        string? workingDirectory,
        IReadOnlyDictionary<string, string?>? environment,
        out StringBuilder output,
        out StringBuilder error)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                startInfo.Environment.Remove(name);
            }
            else
            {
                startInfo.Environment[name] = value;
            }
        }

        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (stdout) { stdout.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (stderr) { stderr.AppendLine(e.Data); } } };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        output = stdout;
        error = stderr;
        return process;
    }

    public static void Kill(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            process.WaitForExit(10_000);
        }
        catch (InvalidOperationException)
        {
            // already gone
        }
    }

    /// <summary>A port that was free on 127.0.0.1 a moment ago.</summary>
    public static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>
    /// Environment for a nested <c>dotnet build</c>: without the MSBuild variables that <c>dotnet test</c>
    /// sets for its own build, and without node reuse, so no MSBuild node outlives the test.
    /// </summary>
    public static Dictionary<string, string?> DotnetBuildEnvironment()
    {
        var environment = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var name in Environment.GetEnvironmentVariables().Keys.Cast<string>())
        {
            if (name.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || name.StartsWith("MSBuild", StringComparison.Ordinal))
            {
                environment[name] = null;
            }
        }

        environment["MSBUILDDISABLENODEREUSE"] = "1";
        environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        environment["DOTNET_NOLOGO"] = "1";
        return environment;
    }
}
