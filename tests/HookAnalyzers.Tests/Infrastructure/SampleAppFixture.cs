using HookAnalyzers.Tests.Infrastructure.Processes;

namespace HookAnalyzers.Tests.Infrastructure;

/// <summary>
/// samples/HookDemo for every test of <see cref="SampleAppCollection"/>. The test project references
/// the sample, so it is already built in the tests' configuration: no second (cold) build here.
/// </summary>
public sealed class SampleAppFixture : IAsyncLifetime
{
    private static readonly Dictionary<string, string> QuietLogging = new() { ["Logging__LogLevel__Default"] = "Warning" };

    public string AppDll => SampleApp.DllPath;

    public Task InitializeAsync()
        => File.Exists(AppDll)
            ? Task.CompletedTask
            : throw new InvalidOperationException($"{AppDll} is missing: build the test project (it builds samples/HookDemo first).");

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>The sample app on 127.0.0.1:<paramref name="port"/>, logging warnings only, with its data in <paramref name="dataDirectory"/>.</summary>
    public ChildProcess StartApp(int port, string dataDirectory, IReadOnlyDictionary<string, string>? environment = null)
        => ChildProcess.Start(SampleApp.App(port, dataDirectory, QuietLogging).WithEnvironment(environment));

    /// <summary>The exec client for <paramref name="hook"/>, calling 127.0.0.1:<paramref name="port"/>.</summary>
    public ChildProcess StartExecClient(string hook, int port)
        => ChildProcess.Start(SampleApp.ExecClient(hook, port));

    /// <summary>The exec client with the given environment on top of the kit's policy (which clears the app's port variables).</summary>
    public ChildProcess StartExecClient(string hook, IReadOnlyDictionary<string, string> environment)
        => ChildProcess.Start(DotnetCommand.App(SampleApp.DllPath, ["--lifecycle-hook", hook]).WithEnvironment(environment));
}

/// <summary>
/// Tests that run the built sample as real processes. Not parallel with other tests: the exec
/// client's retry bound is measured from outside and should not compete for the 2 cores.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SampleAppCollection : ICollectionFixture<SampleAppFixture>
{
    public const string Name = "HookDemo sample";
}
