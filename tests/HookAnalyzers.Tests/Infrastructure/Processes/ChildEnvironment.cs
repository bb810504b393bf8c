namespace HookAnalyzers.Tests.Infrastructure.Processes;

/// <summary>
/// The one environment policy for every process a test starts. A child inherits the test host's
/// environment, except:
/// <list type="bullet">
/// <item>MSBuild*/MSBUILD* variables are removed: <c>dotnet test</c> runs the test host under MSBuild,
/// and its variables (MSBuildExtensionsPath, MSBUILD_EXE_PATH, MSBuildSDKsPath...) would point a child
/// build at the test run's MSBuild instead of letting the child's CLI pick its own;</item>
/// <item>VSTEST* variables and DOTNET_HOST_PATH are removed: they describe the test host, not the child
/// (a child <c>dotnet</c> sets DOTNET_HOST_PATH for its own build);</item>
/// <item>the variables that choose where an ASP.NET Core app or the hooks' exec client listens or calls
/// (ASPNETCORE_URLS, ASPNETCORE_HTTP_PORTS, ASPNETCORE_HTTPS_PORTS, LIFECYCLE_HOOKS_PORT, LIFECYCLE_HOOKS_SOCKET) are removed, so a
/// started app listens only where its test says;</item>
/// <item>MSBUILDDISABLENODEREUSE=1 is set, so no MSBuild node outlives the test that started the build,
/// and DOTNET_CLI_TELEMETRY_OPTOUT, DOTNET_NOLOGO and DOTNET_SKIP_FIRST_TIME_EXPERIENCE quiet the CLI.</item>
/// </list>
/// NuGet variables (NUGET_PACKAGES, feeds configured for the machine) pass through unchanged: restores in a
/// test must see the same packages as the test's own build. A test that needs its own cache sets
/// NUGET_PACKAGES on its <see cref="ProcessCommand"/>, whose variables are applied last.
/// </summary>
public static class ChildEnvironment
{
    private static readonly string[] RemovedPrefixes = ["MSBUILD", "VSTEST"];

    private static readonly string[] RemovedNames =
    [
        "DOTNET_HOST_PATH",
        "ASPNETCORE_URLS",
        "ASPNETCORE_HTTP_PORTS",
        "ASPNETCORE_HTTPS_PORTS",
        "LIFECYCLE_HOOKS_PORT",
        "LIFECYCLE_HOOKS_SOCKET",
    ];

    private static readonly KeyValuePair<string, string>[] SetVariables =
    [
        new("MSBUILDDISABLENODEREUSE", "1"),
        new("DOTNET_CLI_TELEMETRY_OPTOUT", "1"),
        new("DOTNET_NOLOGO", "1"),
        new("DOTNET_SKIP_FIRST_TIME_EXPERIENCE", "1"),
    ];

    /// <summary>Applies the policy, then the command's own variables, to a start info's inherited environment.</summary>
    public static void Apply(IDictionary<string, string?> environment, IReadOnlyDictionary<string, string?> commandVariables)
    {
        foreach (var name in environment.Keys.Where(IsRemoved).ToList())
        {
            environment.Remove(name);
        }

        foreach (var (name, value) in SetVariables)
        {
            environment[name] = value;
        }

        foreach (var (name, value) in commandVariables)
        {
            if (value is null)
            {
                environment.Remove(name);
            }
            else
            {
                environment[name] = value;
            }
        }
    }

    private static bool IsRemoved(string name)
        => RemovedPrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            || RemovedNames.Contains(name, StringComparer.OrdinalIgnoreCase);
}
