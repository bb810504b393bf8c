using HookAnalyzers.Tests.Infrastructure.Processes;

namespace HookAnalyzers.Tests.Workers;

/// <summary>
/// samples/WorkerDemo as the container runs it. The test project references the sample, so it is
/// built in the tests' configuration before they run: no build here.
/// </summary>
public sealed class WorkerDemoFixture : IAsyncLifetime
{
    /// <summary>The sample's [PostStart] timeout (ReportCheckpointAsync, 5 s).</summary>
    public const int PostStartBudgetSeconds = 5;

    /// <summary>The sample's grace period: drain 0 + [PreStop] timeouts 3 x 5 + shutdown 5 + 2.</summary>
    public const int GracePeriodSeconds = 22;

    public static string AppDll => RepoPaths.Combine("samples", "WorkerDemo", "bin", RepoPaths.Configuration, "net10.0", "WorkerDemo.dll");

    public Task InitializeAsync()
        => File.Exists(AppDll)
            ? Task.CompletedTask
            : throw new InvalidOperationException($"{AppDll} is missing: build the test project (it builds samples/WorkerDemo first).");

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>The worker (the container's ENTRYPOINT) with its queue under <paramref name="data"/> and its hook socket at <paramref name="socket"/>.</summary>
    public ChildProcess StartWorker(string data, string socket)
        => ChildProcess.Start(DotnetCommand.App(AppDll).WithEnvironment(Environment(data, socket)));

    /// <summary>The exec handler: the same binary with <c>--lifecycle-hook</c>, as the kubelet runs it in the container.</summary>
    public ChildProcess StartExecClient(string hook, string data, string socket)
        => ChildProcess.Start(DotnetCommand.App(AppDll, "--lifecycle-hook", hook).WithEnvironment(Environment(data, socket)));

    private static Dictionary<string, string> Environment(string data, string socket) => new()
    {
        ["WORKERDEMO_DATA"] = data,
        ["LIFECYCLE_HOOKS_SOCKET"] = socket,
        ["Logging__Console__FormatterName"] = "simple",
    };
}

/// <summary>Worker processes: not parallel with other process tests, whose time bounds they would skew on 2 cores.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class WorkerDemoCollection : ICollectionFixture<WorkerDemoFixture>
{
    public const string Name = "WorkerDemo sample";
}
