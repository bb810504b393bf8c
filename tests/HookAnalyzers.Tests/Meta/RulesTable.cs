using System.Text;

namespace HookAnalyzers.Tests.Meta;

/// <summary>
/// The rules table of docs/README.md, generated from the descriptors (never edited by hand), between
/// <see cref="Begin"/> and <see cref="End"/>.
/// </summary>
public static class RulesTable
{
    public const string Begin = "<!-- rules:begin -->";
    public const string End = "<!-- rules:end -->";

    public static string Generate()
    {
        var table = new StringBuilder();
        table.Append("| Id | Title | Category | Default severity | Code fix |\n");
        table.Append("|----|-------|----------|------------------|----------|\n");
        foreach (var rule in RuleCatalog.Rules)
        {
            var descriptor = rule.Descriptor;
            var fix = RuleCatalog.FixableIds.Contains(rule.Id) ? "yes" : "no";
            table.Append($"| [{rule.Id}](rules/{rule.Id}.md) | {Escape(descriptor.Title.ToString())} | {descriptor.Category} | {descriptor.DefaultSeverity} | {fix} |\n");
        }

        return table.ToString();
    }

    /// <summary><paramref name="document"/> with the text between the markers replaced by <paramref name="table"/>.</summary>
    public static string Replace(string document, string table)
    {
        var start = document.IndexOf(Begin, StringComparison.Ordinal);
        var end = document.IndexOf(End, StringComparison.Ordinal);
        if (start < 0 || end < start)
        {
            throw new InvalidOperationException($"docs/README.md must contain {Begin} followed by {End}");
        }

        return document[..(start + Begin.Length)] + "\n" + table + document[end..];
    }

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
