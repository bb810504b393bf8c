namespace HookAnalyzers.Tests.Package;

/// <summary>
/// The nuget.config of the consumer projects. HookAnalyzers comes only from the local feed
/// (packageSourceMapping), so a test can never pass with a copy of the package from nuget.org.
/// </summary>
internal static class LocalFeedConfig
{
    /// <summary>
    /// With <paramref name="useMachineCache"/>, Microsoft.* and System.* come from the machine's NuGet
    /// cache (a folder in the layout NuGet reads as a feed, so no network is needed); the rest from nuget.org.
    /// </summary>
    public static string For(string feedDirectory, bool useMachineCache = false)
    {
        var cacheSource = useMachineCache
            ? $"\n    <add key=\"machine-cache\" value=\"{MachineNuGetCache}\" />"
            : "";
        var cacheMapping = useMachineCache
            ? "\n    <packageSource key=\"machine-cache\">\n      <package pattern=\"Microsoft.*\" />\n      <package pattern=\"System.*\" />\n    </packageSource>"
            : "";
        return $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{feedDirectory}" />{cacheSource}
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
              </packageSources>
              <packageSourceMapping>
                <packageSource key="local">
                  <package pattern="HookAnalyzers" />
                </packageSource>{cacheMapping}
                <packageSource key="nuget.org">
                  <package pattern="*" />
                </packageSource>
              </packageSourceMapping>
            </configuration>
            """;
    }

    private static string MachineNuGetCache
        => Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } cache
            ? cache
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
}
