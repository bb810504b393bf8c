using Xunit;

namespace HookAnalyzers.Tests.Infrastructure;

/// <summary>
/// samples/HookDemo for every test of <see cref="SampleAppCollection"/>. The test project references
/// the sample, so it is already built in the tests' configuration: no second (cold) build here.
/// </summary>
public sealed class SampleAppFixture : IAsyncLifetime
{
    public string AppDll => SampleApp.DllPath;

    public string OutputDirectory => Path.GetDirectoryName(AppDll)!;

    public Task InitializeAsync()
        => File.Exists(AppDll)
            ? Task.CompletedTask
            : throw new InvalidOperationException($"{AppDll} is missing: build the test project (it builds samples/HookDemo first).");

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>The sample app on 127.0.0.1:<paramref name="port"/>, with its data in a fresh temporary directory.</summary>
    public ChildProcess StartApp(int port, string dataDirectory, IReadOnlyDictionary<string, string>? environment = null)
    {
        var variables = new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
            ["HOOKDEMO_DATA"] = dataDirectory,
            ["Logging__LogLevel__Default"] = "Warning",
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            variables[name] = value;
        }

        return ChildProcess.Start(ChildProcess.Dotnet, [AppDll], variables, OutputDirectory);
    }

    /// <summary>The exec client: the same binary with <c>--lifecycle-hook</c>, calling 127.0.0.1:<paramref name="port"/>.</summary>
    public ChildProcess StartExecClient(string hook, int port)
        => StartExecClient(hook, new Dictionary<string, string> { ["LIFECYCLE_HOOKS_PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture) });

    /// <summary>The exec client with its environment as given (on top of the test's own).</summary>
    public ChildProcess StartExecClient(string hook, IReadOnlyDictionary<string, string> environment)
        => ChildProcess.Start(ChildProcess.Dotnet, [AppDll, "--lifecycle-hook", hook], environment, OutputDirectory);
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
