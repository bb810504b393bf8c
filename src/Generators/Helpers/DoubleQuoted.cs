using System.Globalization;
using System.Text;

namespace HookAnalyzers.Generators.Helpers;

/// <summary>
/// A double-quoted string with backslash escapes. C# string literals and YAML double-quoted
/// scalars accept the same escapes for these characters (\" \\ \n \r \t \uXXXX), so one
/// function serves both emitters.
/// </summary>
internal static class DoubleQuoted
{
    public static string Quote(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < ' ' || c == '\u007F')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }
}
