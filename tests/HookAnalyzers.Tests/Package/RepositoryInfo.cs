using System.Xml.Linq;

namespace HookAnalyzers.Tests.Package;

/// <summary>What the package tests need from the repository: the pack project, the build files and the version.</summary>
internal static class RepositoryInfo
{
    public static string PackProject => RepoPaths.Combine("src", "Pack", "HookAnalyzers.Pack.csproj");

    public static string BuildFolder => RepoPaths.Combine("src", "Generators", "build");

    public static string Changelog => RepoPaths.Combine("CHANGELOG.md");

    public static string PackageReadme => RepoPaths.Combine("src", "Pack", "package-readme.md");

    /// <summary>
    /// The one place the version is set (Directory.Build.props): a release pack carries exactly this
    /// one, every other pack a pre-release of it.
    /// </summary>
    public static string ReleaseVersion { get; } = XDocument
        .Load(RepoPaths.Combine("Directory.Build.props"))
        .Descendants("HookAnalyzersVersion")
        .Single().Value.Trim();
}
