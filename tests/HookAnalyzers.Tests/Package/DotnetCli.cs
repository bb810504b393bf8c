using System.Diagnostics;
using System.Text;

namespace HookAnalyzers.Tests.Package;

/// <summary>Output of one `dotnet` command run by the package tests.</summary>
public sealed record CliResult(string CommandLine, int ExitCode, string Output)
{
    public bool Succeeded => ExitCode == 0;

    public override string ToString() => $"> {CommandLine}{Environment.NewLine}exit code {ExitCode}{Environment.NewLine}{Output}";
}

/// <summary>
/// Runs the real `dotnet` CLI with a hard timeout, killing the whole process tree when it is
/// exceeded, so a hung restore or build fails the test instead of hanging the run.
/// </summary>
internal static class DotnetCli
{
    public static async Task<CliResult> RunAsync(
        string workingDirectory,
        TimeSpan timeout,
        IReadOnlyDictionary<string, string>? environment,
        params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        IsolateFromTestHost(start.Environment);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var commandLine = "dotnet " + string.Join(' ', arguments);
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            throw new TimeoutException($"'{commandLine}' did not finish within {timeout}.{Environment.NewLine}{Snapshot(output)}");
        }

        // WaitForExitAsync returns after the redirected streams reached end of file.
        return new CliResult(commandLine, process.ExitCode, Snapshot(output));
    }

    /// <summary>
    /// `dotnet test` runs this process under MSBuild: its MSBuild* variables would point the child
    /// build at the test run's MSBuild instead of letting the CLI pick its own.
    /// </summary>
    private static void IsolateFromTestHost(IDictionary<string, string?> environment)
    {
        foreach (var name in environment.Keys.ToList())
        {
            if (name.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)
                || name.Equals("DOTNET_HOST_PATH", StringComparison.OrdinalIgnoreCase))
            {
                environment.Remove(name);
            }
        }

        environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        environment["DOTNET_NOLOGO"] = "1";
        environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static string Snapshot(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }
}
