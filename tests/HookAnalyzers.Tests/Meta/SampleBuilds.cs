using System.Diagnostics;
using System.Text;
using HookAnalyzers.Tests.Infrastructure;
using Xunit;

namespace HookAnalyzers.Tests.Meta;

/// <summary>The output and exit code of one real <c>dotnet build</c>.</summary>
public sealed record BuildResult(int ExitCode, string Output);

/// <summary>
/// Runs the two real builds once per test run, one after the other (they share the analyzer
/// projects' output folders): samples/BadHooks with warnings allowed, and samples/HookDemo with
/// warnings as errors and the analyzers added (see WithHookAnalyzers.targets).
/// </summary>
public sealed class SampleBuilds : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    public BuildResult BadHooks { get; private set; } = new(-1, "not built");

    public BuildResult HookDemo { get; private set; } = new(-1, "not built");

    public async Task InitializeAsync()
    {
        BadHooks = await DotnetBuildAsync(RepoPaths.Combine("samples", "BadHooks"), "-p:TreatWarningsAsErrors=false");
        HookDemo = await DotnetBuildAsync(
            RepoPaths.Combine("samples", "HookDemo"),
            "-warnaserror",
            "-p:CustomAfterMicrosoftCommonTargets=" + RepoPaths.Combine("tests", "HookAnalyzers.Tests", "Meta", "WithHookAnalyzers.targets"));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static async Task<BuildResult> DotnetBuildAsync(string project, params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "build", project, "-nodeReuse:false", "-clp:NoSummary", "-tl:off" }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        // The test host may run inside an MSBuild/VSTest process; its variables must not leak into this build.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || k.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(key);
        }

        using var process = new Process { StartInfo = start };
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return new BuildResult(-1, $"dotnet build {project} did not finish within {Timeout}\n{output}");
        }

        process.WaitForExit(); // flush the asynchronous output readers
        lock (output)
        {
            return new BuildResult(process.ExitCode, output.ToString());
        }
    }
}
