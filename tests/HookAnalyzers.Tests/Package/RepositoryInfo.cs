using System.Reflection;
using System.Xml.Linq;

namespace HookAnalyzers.Tests.Package;

/// <summary>Where the repository is and which package version it builds (Directory.Build.props).</summary>
internal static class RepositoryInfo
{
    public static string Root { get; } = typeof(RepositoryInfo).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepoRoot").Value!;

    public static string PackProject => Path.Combine(Root, "src", "Pack", "HookAnalyzers.Pack.csproj");

    public static string BuildFolder => Path.Combine(Root, "src", "Generators", "build");

    /// <summary>The one place the version is set; the package must carry exactly this one.</summary>
    public static string PackageVersion { get; } = XDocument
        .Load(Path.Combine(Root, "Directory.Build.props"))
        .Descendants("HookAnalyzersVersion")
        .Single().Value.Trim();
}
