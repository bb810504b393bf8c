using Xunit.Sdk;

namespace HookAnalyzers.Tests.Meta;

/// <summary>docs/README.md's rules table is exactly what the descriptors say. HOOKS_ACCEPT=1 rewrites it.</summary>
public sealed class RulesTableTests
{
    private static string ReadmePath => RepoPaths.Combine("docs", "README.md");

    [Fact]
    public void Docs_readme_table_matches_the_descriptors()
    {
        var current = File.ReadAllText(ReadmePath).ReplaceLineEndings("\n");
        var expected = RulesTable.Replace(current, RulesTable.Generate());
        if (current == expected)
        {
            return;
        }

        if (Environment.GetEnvironmentVariable("HOOKS_ACCEPT") == "1")
        {
            File.WriteAllText(ReadmePath, expected);
            return;
        }

        throw new XunitException("docs/README.md is out of date (run the tests with HOOKS_ACCEPT=1 to regenerate it):\n" + LineDiff(current, expected));
    }

    [Fact]
    public void Table_has_one_row_per_rule_linking_its_page()
    {
        var table = RulesTable.Generate();
        foreach (var rule in RuleCatalog.Rules)
        {
            Assert.Contains($"| [{rule.Id}](rules/{rule.Id}.md) | {rule.Descriptor.Title} | {rule.Descriptor.Category} | {rule.Descriptor.DefaultSeverity} |", table);
        }

        Assert.Equal(RuleCatalog.Rules.Length + 2, table.TrimEnd('\n').Split('\n').Length);
    }

    [Fact]
    public void Replace_keeps_the_text_around_the_markers()
    {
        var document = "intro\n<!-- rules:begin -->\nold\n<!-- rules:end -->\noutro\n";
        Assert.Equal("intro\n<!-- rules:begin -->\nnew\n<!-- rules:end -->\noutro\n", RulesTable.Replace(document, "new\n"));
    }

    private static string LineDiff(string current, string expected)
    {
        var currentLines = current.Split('\n');
        var expectedLines = expected.Split('\n');
        return string.Join("\n", currentLines.Except(expectedLines).Select(l => "- " + l)
            .Concat(expectedLines.Except(currentLines).Select(l => "+ " + l)));
    }
}
