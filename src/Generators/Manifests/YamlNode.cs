using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using HookAnalyzers.Generators.Helpers;

namespace HookAnalyzers.Generators.Manifests;

/// <summary>
/// The little YAML the manifests need: block mappings (keys in insertion order), block
/// sequences and scalars. Writing from a tree rather than line by line lets the container
/// appear both on its own and nested in the patch with the same text.
/// </summary>
internal abstract class YamlNode
{
}

internal sealed class YamlMapping : YamlNode
{
    public List<KeyValuePair<string, YamlNode>> Entries { get; } = new();

    public bool IsEmpty => Entries.Count == 0;

    public YamlMapping Add(string key, YamlNode value)
    {
        Entries.Add(new KeyValuePair<string, YamlNode>(key, value));
        return this;
    }

    public YamlMapping Add(string key, string value) => Add(key, YamlScalar.String(value));

    public YamlMapping Add(string key, int value) => Add(key, YamlScalar.Int(value));
}

internal sealed class YamlSequence : YamlNode
{
    public YamlSequence(IEnumerable<YamlNode> items) => Items = new List<YamlNode>(items);

    public List<YamlNode> Items { get; }
}

/// <summary>A scalar already rendered as YAML text (plain when that is unambiguous, otherwise double-quoted).</summary>
internal sealed class YamlScalar : YamlNode
{
    // Plain only for text that no YAML 1.1 or 1.2 reader can take for a number, boolean, null,
    // or an indicator: a letter, '_' or '/' first, then a small safe set. Everything else is quoted.
    private static readonly Regex SafePlain = new("^[A-Za-z_/][A-Za-z0-9_/.+-]*$", RegexOptions.CultureInvariant);

    private static readonly HashSet<string> Reserved = new(System.StringComparer.OrdinalIgnoreCase)
    {
        "true", "false", "yes", "no", "on", "off", "y", "n", "null",
    };

    private YamlScalar(string text) => Text = text;

    public string Text { get; }

    public static YamlScalar Int(int value) => new(value.ToString(CultureInfo.InvariantCulture));

    public static YamlScalar String(string value)
        => new(SafePlain.IsMatch(value) && !Reserved.Contains(value) ? value : DoubleQuoted.Quote(value));
}
