namespace HookAnalyzers.Tests.Termination;

/// <summary>
/// Shared by every drill: the drill app, compiled once, and a check that the sample is built (the
/// test project references it, so no build happens here).
/// </summary>
public sealed class TerminationDrillsFixture : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("termination-drills-").FullName;

    public DrillApp DrillApp { get; private set; } = null!;

    public Task InitializeAsync()
    {
        if (!File.Exists(SampleApp.DllPath))
        {
            throw new InvalidOperationException($"{SampleApp.DllPath} is missing: build the test project (it builds samples/HookDemo first).");
        }

        DrillApp = DrillApp.Compile(_directory);
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_directory, recursive: true);
        return Task.CompletedTask;
    }
}

/// <summary>
/// The drills run one after another, after the parallel in-memory tests: each measures a process
/// under load, and two at once would compete for the same 2 cores.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TerminationDrillsCollection : ICollectionFixture<TerminationDrillsFixture>
{
    public const string Name = "Termination drills";
}
