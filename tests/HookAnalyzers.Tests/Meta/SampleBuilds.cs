using HookAnalyzers.Tests.Infrastructure.Processes;

namespace HookAnalyzers.Tests.Meta;

/// <summary>
/// Runs the two real builds once per test run, one after the other (they share the analyzer
/// projects' output folders): samples/BadHooks with warnings allowed, and samples/HookDemo with
/// warnings as errors and the analyzers added (see WithHookAnalyzers.targets).
/// </summary>
public sealed class SampleBuilds : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    public ProcessResult BadHooks { get; private set; } = NotBuilt;

    public ProcessResult HookDemo { get; private set; } = NotBuilt;

    private static ProcessResult NotBuilt => new("dotnet build", -1, "", "", "not built", TimeSpan.Zero);

    public async Task InitializeAsync()
    {
        BadHooks = await DotnetBuildAsync(RepoPaths.Combine("samples", "BadHooks"), "-p:TreatWarningsAsErrors=false");
        HookDemo = await DotnetBuildAsync(
            RepoPaths.Combine("samples", "HookDemo"),
            "-warnaserror",
            "-p:CustomAfterMicrosoftCommonTargets=" + RepoPaths.Combine("tests", "HookAnalyzers.Tests", "Meta", "WithHookAnalyzers.targets"));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static async Task<ProcessResult> DotnetBuildAsync(string project, params string[] arguments)
    {
        // An up-to-date build skips the compiler and so reports no diagnostic at all: remove the
        // intermediate assembly so this build always compiles (and analyzes) the project.
        var obj = Path.Combine(project, "obj");
        if (Directory.Exists(obj))
        {
            foreach (var assembly in Directory.EnumerateFiles(obj, Path.GetFileName(project) + ".dll", SearchOption.AllDirectories))
            {
                File.Delete(assembly);
            }
        }

        var build = DotnetCommand.Build(project, RepoPaths.Root, ["-clp:NoSummary", "-tl:off", .. arguments]);
        try
        {
            return await ProcessRunner.RunAsync(build, Timeout);
        }
        catch (TimeoutException timedOut)
        {
            // A failed result rather than a failed fixture: the other build still runs and each test shows why.
            return new ProcessResult(build.CommandLine, -1, "", "", timedOut.Message, Timeout);
        }
    }
}
