using System.Text.RegularExpressions;
using HookAnalyzers.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HookAnalyzers.Tests.Meta;

/// <summary>
/// Every rule is complete: a central id, one sealed analyzer in its own file, a doc page its help
/// link points at, a release-tracking entry that agrees with the descriptor, a known category.
/// </summary>
public sealed partial class DescriptorTests
{
    public static TheoryData<string> RuleIds => new(RuleCatalog.Rules.Select(r => r.Id));

    [Fact]
    public void The_package_has_rules()
        => Assert.NotEmpty(RuleCatalog.Rules);

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Id_is_a_constant_of_DiagnosticIds(string id)
    {
        Assert.Matches(IdPattern(), id);
        Assert.Contains(id, RuleCatalog.DeclaredIds);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Help_link_points_at_the_doc_page(string id)
    {
        var descriptor = Rule(id).Descriptor;
        Assert.Equal(HelpLinks.For(id), descriptor.HelpLinkUri);
        Assert.EndsWith($"docs/rules/{id}.md", descriptor.HelpLinkUri, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Doc_page_exists_with_the_standard_sections(string id)
    {
        var path = RepoPaths.Combine("docs", "rules", id + ".md");
        Assert.True(File.Exists(path), $"docs/rules/{id}.md is missing");
        var lines = File.ReadAllLines(path);
        Assert.StartsWith($"# {id} - ", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("Sources:", StringComparison.Ordinal));
        foreach (var section in new[] { "## Why it matters", "## Non-compliant code", "## Compliant code", "## Configuration" })
        {
            Assert.Contains(section, lines);
        }
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Doc_page_sources_link_to_existing_files(string id)
    {
        var sources = File.ReadAllLines(RepoPaths.Combine("docs", "rules", id + ".md")).First(l => l.StartsWith("Sources:", StringComparison.Ordinal));
        var links = MarkdownLink().Matches(sources).Select(m => m.Groups["target"].Value).ToList();
        Assert.NotEmpty(links);
        foreach (var link in links)
        {
            var full = Path.GetFullPath(Path.Combine(RepoPaths.Root, "docs", "rules", link));
            Assert.True(File.Exists(full), $"docs/rules/{id}.md links to {link}, which does not exist");
        }

        Assert.Contains(links, l => Path.GetFileName(l).StartsWith(id + "_", StringComparison.Ordinal) && l.EndsWith("Analyzer.cs", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Release_tracking_entry_matches_category_and_severity(string id)
    {
        var descriptor = Rule(id).Descriptor;
        var entries = ReleaseEntries().Where(e => e.Id == id).ToList();
        var entry = Assert.Single(entries);
        Assert.Equal(descriptor.Category, entry.Category);
        Assert.Equal(descriptor.DefaultSeverity.ToString(), entry.Severity);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Category_is_a_known_category(string id)
        => Assert.Contains(Rule(id).Descriptor.Category, DiagnosticCategories.All);

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Analyzer_is_sealed_owns_one_rule_and_lives_in_its_rule_file(string id)
    {
        var type = Rule(id).AnalyzerType;
        Assert.True(type.IsSealed, $"{type.Name} must be sealed");
        Assert.Single(((DiagnosticAnalyzer)Activator.CreateInstance(type)!).SupportedDiagnostics);
        var files = Directory.GetFiles(RepoPaths.Combine("src", "Analyzers", "Rules"), $"{id}_*Analyzer.cs");
        var file = Assert.Single(files);
        Assert.Contains($"class {type.Name}", File.ReadAllText(file), StringComparison.Ordinal);
    }

    [Fact]
    public void No_id_is_used_by_two_analyzers()
    {
        var duplicates = RuleCatalog.Rules.GroupBy(r => r.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(duplicates);
    }

    /// <summary>
    /// FAILS ON A RULE BRANCH BY DESIGN: each branch implements only its own ids. It passes once all
    /// analyzer branches are merged into main; a failure there means a rule was never implemented.
    /// </summary>
    [Fact]
    public void Every_declared_id_has_an_analyzer_after_all_branches_are_merged()
    {
        var implemented = RuleCatalog.Rules.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var missing = RuleCatalog.DeclaredIds.Where(id => !implemented.Contains(id)).ToList();
        Assert.True(missing.Count == 0, "Declared in DiagnosticIds but no analyzer reports them (expected on a rule branch, not on main): " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_release_tracking_entry_has_a_descriptor()
    {
        var implemented = RuleCatalog.Rules.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var stale = ReleaseEntries().Select(e => e.Id).Where(id => !implemented.Contains(id)).ToList();
        Assert.True(stale.Count == 0, "AnalyzerReleases lists ids no analyzer reports: " + string.Join(", ", stale));
    }

    [Fact]
    public void Every_doc_page_belongs_to_a_rule()
    {
        var implemented = RuleCatalog.Rules.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var pages = Directory.GetFiles(RepoPaths.Combine("docs", "rules"), "*.md").Select(Path.GetFileNameWithoutExtension);
        var orphans = pages.Where(page => !implemented.Contains(page!)).ToList();
        Assert.True(orphans.Count == 0, "docs/rules pages without a rule: " + string.Join(", ", orphans));
    }

    [Fact]
    public void Every_fixer_fixes_only_known_ids_and_lives_in_its_rule_file()
    {
        foreach (var type in RuleCatalog.FixerTypes)
        {
            var fixer = (Microsoft.CodeAnalysis.CodeFixes.CodeFixProvider)Activator.CreateInstance(type)!;
            Assert.NotEmpty(fixer.FixableDiagnosticIds);
            foreach (var id in fixer.FixableDiagnosticIds)
            {
                Assert.Contains(id, RuleCatalog.DeclaredIds);
                Assert.NotEmpty(Directory.GetFiles(RepoPaths.Combine("src", "CodeFixes", "Rules"), $"{id}_*Fixer.cs"));
            }
        }
    }

    [Fact]
    public void Release_tracking_parser_reads_entries()
    {
        // Guards the other tests: an unreadable release file would make them pass vacuously.
        Assert.Contains(ReleaseEntries(), e => e.Id == DiagnosticIds.InvalidHookSignature && e.Category == "Usage" && e.Severity == "Error");
    }

    private static RuleInfo Rule(string id) => RuleCatalog.Rules.First(r => r.Id == id);

    private sealed record ReleaseEntry(string Id, string Category, string Severity);

    private static List<ReleaseEntry> ReleaseEntries()
        => new[] { "AnalyzerReleases.Shipped.md", "AnalyzerReleases.Unshipped.md" }
            .SelectMany(name => File.ReadAllLines(RepoPaths.Combine("src", "Analyzers", name)))
            .Select(line => ReleaseLine().Match(line))
            .Where(m => m.Success)
            .Select(m => new ReleaseEntry(m.Groups["id"].Value, m.Groups["category"].Value, m.Groups["severity"].Value))
            .ToList();

    [GeneratedRegex(@"^HOOK\d{4}$")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^(?<id>HOOK\d{4})\s*\|\s*(?<category>\w+)\s*\|\s*(?<severity>\w+)\s*\|")]
    private static partial Regex ReleaseLine();

    [GeneratedRegex(@"\]\((?<target>[^)#]+)\)")]
    private static partial Regex MarkdownLink();
}
