using Xunit;

namespace HookAnalyzers.Tests.Infrastructure;

/// <summary>
/// samples/HookDemo built once (Release) for every test of <see cref="SampleAppCollection"/>:
/// each `dotnet build` starts a cold compiler, so tests share this one build.
/// </summary>
public sealed class SampleAppFixture : IAsyncLifetime
{
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(5);

    /// <summary>artifacts/ is ignored by git; a second test run rebuilds incrementally.</summary>
    public string OutputDirectory { get; } = RepoPaths.Combine("artifacts", "tests", "HookDemo");

    public string AppDll => Path.Combine(OutputDirectory, "HookDemo.dll");

    public async Task InitializeAsync()
    {
        var project = RepoPaths.Combine("samples", "HookDemo", "HookDemo.csproj");
        await using var build = ChildProcess.Start(ChildProcess.Dotnet, ["build", project, "-c", "Release", "-o", OutputDirectory, "-nologo", "-v", "q", "--disable-build-servers"], workingDirectory: RepoPaths.Root);
        var exitCode = await build.WaitForExitAsync(BuildTimeout);
        if (exitCode != 0 || !File.Exists(AppDll))
        {
            throw new InvalidOperationException($"Building {project} failed ({exitCode}):\n{build.Output}\n{build.Error}");
        }
    }

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
        => ChildProcess.Start(ChildProcess.Dotnet, [AppDll, "--lifecycle-hook", hook], new Dictionary<string, string> { ["LIFECYCLE_HOOKS_PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture) }, OutputDirectory);
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
