using System.Xml.Linq;
using HookAnalyzers.Tests.Infrastructure;

namespace HookAnalyzers.Tests.Package;

/// <summary>What the package tests need from the repository: the pack project, the build files and the version.</summary>
internal static class RepositoryInfo
{
    public static string PackProject => RepoPaths.Combine("src", "Pack", "HookAnalyzers.Pack.csproj");

    public static string BuildFolder => RepoPaths.Combine("src", "Generators", "build");

    /// <summary>The one place the version is set (Directory.Build.props); the package must carry exactly this one.</summary>
    public static string PackageVersion { get; } = XDocument
        .Load(RepoPaths.Combine("Directory.Build.props"))
        .Descendants("HookAnalyzersVersion")
        .Single().Value.Trim();
}
