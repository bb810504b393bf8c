using System.Text;

namespace HookAnalyzers.Generators.Manifests;

/// <summary>
/// Block-style YAML with two-space indentation, '\n' line ends and no trailing spaces, in the
/// layout <c>kubectl</c> prints: sequence items indented under their key, "- " before the
/// first key of a mapping item.
/// </summary>
internal static class YamlWriter
{
    public static string Write(YamlMapping root, params string[] comments)
    {
        var builder = new StringBuilder();
        foreach (var comment in comments)
        {
            builder.Append("# ").Append(comment).Append('\n');
        }

        WriteMapping(builder, root, 0, firstLinePrefix: null);
        return builder.ToString();
    }

    private static void WriteMapping(StringBuilder builder, YamlMapping mapping, int indent, string? firstLinePrefix)
    {
        var first = true;
        foreach (var entry in mapping.Entries)
        {
            if (first && firstLinePrefix is not null)
            {
                builder.Append(' ', indent - firstLinePrefix.Length).Append(firstLinePrefix);
            }
            else
            {
                builder.Append(' ', indent);
            }

            first = false;
            builder.Append(entry.Key).Append(':');
            WriteValue(builder, entry.Value, indent);
        }
    }

    /// <summary>Writes what follows "key:" (a scalar on the same line, collections on the next lines).</summary>
    private static void WriteValue(StringBuilder builder, YamlNode value, int indent)
    {
        switch (value)
        {
            case YamlScalar scalar:
                builder.Append(' ').Append(scalar.Text).Append('\n');
                break;
            case YamlMapping { IsEmpty: true }:
                builder.Append(" {}\n");
                break;
            case YamlMapping mapping:
                builder.Append('\n');
                WriteMapping(builder, mapping, indent + 2, firstLinePrefix: null);
                break;
            case YamlSequence { Items.Count: 0 }:
                builder.Append(" []\n");
                break;
            case YamlSequence sequence:
                builder.Append('\n');
                WriteSequence(builder, sequence, indent + 2);
                break;
        }
    }

    private static void WriteSequence(StringBuilder builder, YamlSequence sequence, int indent)
    {
        foreach (var item in sequence.Items)
        {
            switch (item)
            {
                case YamlScalar scalar:
                    builder.Append(' ', indent).Append("- ").Append(scalar.Text).Append('\n');
                    break;
                case YamlMapping { IsEmpty: false } mapping:
                    WriteMapping(builder, mapping, indent + 2, firstLinePrefix: "- ");
                    break;
                default:
                    // Not produced by the manifests (no empty maps or nested lists in sequences).
                    builder.Append(' ', indent).Append("- {}\n");
                    break;
            }
        }
    }
}
