using System.Globalization;
using HookAnalyzers.Tests.Infrastructure.Processes;

namespace HookAnalyzers.Tests.Infrastructure;

/// <summary>
/// How tests run the built samples/HookDemo: as the app on 127.0.0.1, and as the kubelet's exec
/// handler runs it (<c>dotnet HookDemo.dll --lifecycle-hook hook</c>). The test project references the
/// sample, so <see cref="DllPath"/> is built before the tests in the same configuration.
/// </summary>
public static class SampleApp
{
    public static string DllPath => RepoPaths.Combine("samples", "HookDemo", "bin", RepoPaths.Configuration, "net10.0", "HookDemo.dll");

    /// <summary>The app on 127.0.0.1:<paramref name="port"/> with its data in <paramref name="dataDirectory"/>.</summary>
    public static ProcessCommand App(int port, string dataDirectory, IReadOnlyDictionary<string, string>? environment = null, string? assembly = null)
        => DotnetCommand.App(assembly ?? DllPath)
            .WithEnvironment(new Dictionary<string, string>
            {
                ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
                ["HOOKDEMO_DATA"] = dataDirectory,
            })
            .WithEnvironment(environment);

    /// <summary>The exec client calling 127.0.0.1:<paramref name="port"/>, with the arguments the manifest gives it.</summary>
    public static ProcessCommand ExecClient(int port, IEnumerable<string> arguments, string? assembly = null)
        => DotnetCommand.App(assembly ?? DllPath, [.. arguments])
            .WithEnvironment(new Dictionary<string, string> { ["LIFECYCLE_HOOKS_PORT"] = port.ToString(CultureInfo.InvariantCulture) });

    /// <summary>The exec client for one hook (<c>post-start</c>, <c>pre-stop</c>).</summary>
    public static ProcessCommand ExecClient(string hook, int port)
        => ExecClient(port, ["--lifecycle-hook", hook]);
}
