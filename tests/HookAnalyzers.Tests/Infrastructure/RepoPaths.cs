using System.Reflection;

namespace HookAnalyzers.Tests.Infrastructure;

/// <summary>Paths the test project was built with (see the AssemblyMetadata items in the csproj).</summary>
public static class RepoPaths
{
    public static string Root { get; } = Metadata("RepoRoot");

    public static string NuGetPackageRoot { get; } = Metadata("NuGetPackageRoot");

    /// <summary>Debug or Release: the configuration the tests (and the sample, built before them) were built in.</summary>
    public static string Configuration { get; } = Metadata("Configuration");

    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string Metadata(string key)
        => typeof(RepoPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
            ?? throw new InvalidOperationException($"Assembly metadata {key} is missing");
}
