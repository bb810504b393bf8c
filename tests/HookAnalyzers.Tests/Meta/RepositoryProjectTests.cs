using System.Text.RegularExpressions;

namespace HookAnalyzers.Tests.Meta;

/// <summary>
/// Inside the repository the package's targets run the manifest task from src/Tasks' output, so a
/// project that imports them must build src/Tasks first. Without the reference a solution build
/// can reach that project before the task exists (MSB4062), depending on the build's scheduling.
/// </summary>
public sealed class RepositoryProjectTests
{
    private static readonly Regex ImportsTheTargets = new(@"<Import\s+Project=""[^""]*build/HookAnalyzers\.targets""");

    public static TheoryData<string> ProjectsRunningTheTargets => new(
        Directory.EnumerateFiles(RepoPaths.Combine("samples"), "*.csproj", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(RepoPaths.Combine("src"), "*.csproj", SearchOption.AllDirectories))
            .Where(path => ImportsTheTargets.IsMatch(File.ReadAllText(path)))
            .Select(path => Path.GetRelativePath(RepoPaths.Combine(), path)));

    [Theory]
    [MemberData(nameof(ProjectsRunningTheTargets))]
    public void Project_that_imports_the_targets_builds_the_manifest_task_first(string project)
    {
        var text = File.ReadAllText(RepoPaths.Combine(project));
        Assert.Matches(@"<ProjectReference\s+Include=""[^""]*src/Tasks/HookAnalyzers\.Tasks\.csproj""\s+ReferenceOutputAssembly=""false""", text);
    }
}
