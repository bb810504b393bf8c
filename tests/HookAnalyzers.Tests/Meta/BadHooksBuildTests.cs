using System.Text.RegularExpressions;

namespace HookAnalyzers.Tests.Meta;

/// <summary>
/// The rules in a real <c>dotnet build</c>, not just in memory: samples/BadHooks reports exactly the
/// diagnostics its <c>// expect: HOOKnnnn</c> markers announce (see samples/BadHooks/README.md), and
/// samples/HookDemo, with the analyzers on, builds with warnings as errors.
/// </summary>
[Collection(RealBuildsCollection.Name)]
public sealed partial class BadHooksBuildTests(SampleBuilds builds)
{
    private const string NoLocation = "<no location>";

    /// <summary>Rules BadHooks cannot show, with the reason (also in samples/BadHooks/README.md).</summary>
    private static readonly Dictionary<string, string> NotShownInBadHooks = new()
    {
        ["HOOK0012"] = "needs MapLifecycleHooks missing, which would disable every other hook",
        ["HOOK0013"] = "needs AddLifecycleHooks missing, which would disable every other hook",
        ["HOOK0019"] = "needs KubernetesVersion < 1.30, which removes the sleep HOOK0015 needs",
        ["HOOK0022"] = "needs a project without a .NET host, and BadHooks is a web app",
    };

    private static string BadHooksDirectory => RepoPaths.Combine("samples", "BadHooks");

    [Fact]
    public void BadHooks_build_completes()
        => Assert.True(builds.BadHooks.ExitCode == 0, "dotnet build samples/BadHooks failed:\n" + builds.BadHooks.Transcript);

    [Fact]
    public void BadHooks_reports_exactly_the_marked_diagnostics()
    {
        var expected = ExpectedMarkers();
        var actual = ReportedDiagnostics(builds.BadHooks.Transcript);
        var missing = expected.Except(actual).Order(StringComparer.Ordinal).ToList();
        var unexpected = actual.Except(expected).Order(StringComparer.Ordinal).ToList();
        Assert.True(
            missing.Count == 0 && unexpected.Count == 0,
            $"Marked but not reported:\n  {string.Join("\n  ", missing)}\nReported but not marked:\n  {string.Join("\n  ", unexpected)}\nBuild output:\n{builds.BadHooks.Transcript}");
    }

    [Fact]
    public void Every_rule_has_a_BadHooks_example_unless_it_cannot()
    {
        var marked = ExpectedMarkers().Select(m => m[(m.LastIndexOf(' ') + 1)..]).ToHashSet(StringComparer.Ordinal);
        var withoutExample = RuleCatalog.Rules.Select(r => r.Id)
            .Where(id => !marked.Contains(id) && !NotShownInBadHooks.ContainsKey(id))
            .ToList();
        Assert.True(withoutExample.Count == 0, "Rules without an `// expect:` example in samples/BadHooks: " + string.Join(", ", withoutExample));
    }

    [Fact]
    public void Globalconfig_sets_every_declared_id_to_warning()
    {
        // Otherwise an Error rule stops the BadHooks build, and an Info rule never shows in its log.
        var config = File.ReadAllLines(Path.Combine(BadHooksDirectory, "BadHooks.globalconfig"));
        var missing = RuleCatalog.DeclaredIds.Where(id => !config.Contains($"dotnet_diagnostic.{id}.severity = warning")).ToList();
        Assert.True(missing.Count == 0, "samples/BadHooks/BadHooks.globalconfig lacks: " + string.Join(", ", missing));
    }

    [Fact]
    public void HookDemo_builds_clean_with_warnings_as_errors_and_the_analyzers_on()
    {
        Assert.True(builds.HookDemo.ExitCode == 0, "dotnet build samples/HookDemo -warnaserror failed:\n" + builds.HookDemo.Transcript);
        Assert.Empty(ReportedDiagnostics(builds.HookDemo.Transcript));
    }

    [Fact]
    public void Build_output_parser_reads_located_and_unlocated_diagnostics()
    {
        var output = """
            /repo/samples/BadHooks/Settings.cs(8,5): warning HOOK0014: TerminationGracePeriodSeconds 15 is shorter [/repo/samples/BadHooks/BadHooks.csproj]
            /repo/samples/BadHooks/Settings.cs(8,5): warning HOOK0014: TerminationGracePeriodSeconds 15 is shorter [/repo/samples/BadHooks/BadHooks.csproj]
            CSC : warning HOOK0020: MSBuild property LifecycleHooksContainerName: bad [/repo/samples/BadHooks/BadHooks.csproj]
            /repo/samples/BadHooks/Program.cs(3,1): warning CS8321: unrelated
            """;
        var parsed = ReportedDiagnostics(output, "/repo/samples/BadHooks");
        Assert.Equal(new[] { "<no location> HOOK0020", "Settings.cs:8 HOOK0014" }, parsed.Order(StringComparer.Ordinal));
    }

    /// <summary>"File.cs:line HOOKnnnn" for every marker in the sample's sources and project file.</summary>
    private static HashSet<string> ExpectedMarkers()
    {
        var expected = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(BadHooksDirectory, "*.cs", SearchOption.AllDirectories)
            .Where(f => !IsBuildOutput(f)))
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                foreach (var id in IdsIn(CodeMarker().Match(lines[i])))
                {
                    expected.Add($"{Relative(file, BadHooksDirectory)}:{i + 1} {id}");
                }
            }
        }

        // A Dockerfile has no trailing comments: its marker stands on the line before.
        var dockerfile = File.ReadAllLines(Path.Combine(BadHooksDirectory, "Dockerfile"));
        for (var i = 0; i < dockerfile.Length; i++)
        {
            foreach (var id in IdsIn(DockerfileMarker().Match(dockerfile[i])))
            {
                expected.Add($"Dockerfile:{i + 2} {id}");
            }
        }

        foreach (Match match in ProjectMarker().Matches(File.ReadAllText(Path.Combine(BadHooksDirectory, "BadHooks.csproj"))))
        {
            foreach (var id in IdsIn(match))
            {
                expected.Add($"{NoLocation} {id}");
            }
        }

        return expected;
    }

    private static HashSet<string> ReportedDiagnostics(string output) => ReportedDiagnostics(output, BadHooksDirectory);

    private static HashSet<string> ReportedDiagnostics(string output, string projectDirectory)
    {
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in output.Split('\n'))
        {
            if (LocatedDiagnostic().Match(line) is { Success: true } located)
            {
                reported.Add($"{Relative(located.Groups["file"].Value, projectDirectory)}:{located.Groups["line"].Value} {located.Groups["id"].Value}");
            }
            else if (UnlocatedDiagnostic().Match(line) is { Success: true } unlocated)
            {
                reported.Add($"{NoLocation} {unlocated.Groups["id"].Value}");
            }
        }

        return reported;
    }

    private static IEnumerable<string> IdsIn(Match match)
        => match.Success ? Regex.Matches(match.Groups["ids"].Value, @"HOOK\d{4}").Select(m => m.Value) : [];

    private static bool IsBuildOutput(string path)
    {
        var relative = Relative(path, BadHooksDirectory);
        return relative.StartsWith("obj/", StringComparison.Ordinal) || relative.StartsWith("bin/", StringComparison.Ordinal);
    }

    private static string Relative(string path, string directory)
        => Path.GetRelativePath(directory, path.Trim()).Replace('\\', '/');

    [GeneratedRegex(@"//\s*expect:\s*(?<ids>HOOK\d{4}(\s*,\s*HOOK\d{4})*)")]
    private static partial Regex CodeMarker();

    [GeneratedRegex(@"^#\s*expect-next-line:\s*(?<ids>HOOK\d{4}(\s*,\s*HOOK\d{4})*)")]
    private static partial Regex DockerfileMarker();

    [GeneratedRegex(@"<!--\s*expect:\s*(?<ids>HOOK\d{4}(\s*,\s*HOOK\d{4})*)\s*-->")]
    private static partial Regex ProjectMarker();

    [GeneratedRegex(@"^\s*(?<file>[^\s(][^(]*)\((?<line>\d+),\d+(?:,\d+,\d+)?\): (?:warning|error|info) (?<id>HOOK\d{4}):")]
    private static partial Regex LocatedDiagnostic();

    [GeneratedRegex(@"^\s*CSC : (?:warning|error|info) (?<id>HOOK\d{4}):")]
    private static partial Regex UnlocatedDiagnostic();
}
