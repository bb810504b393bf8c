using System.Text;

namespace HookAnalyzers.Analyzers.Rules;

/// <summary>
/// Exec form is a JSON array of strings (<c>["dotnet", "App.dll"]</c>). Docker treats anything
/// that does not parse as one, e.g. single quotes, as shell form, so this follows JSON exactly.
/// </summary>
internal static class DockerfileExecForm
{
    public static bool IsExecForm(string arguments) => TryParse(arguments, out _);

    public static bool TryParse(string arguments, out List<string> words)
    {
        words = new List<string>();
        var i = 0;
        SkipSpace(arguments, ref i);
        if (i >= arguments.Length || arguments[i] != '[')
        {
            return false;
        }

        i++;
        SkipSpace(arguments, ref i);
        if (i < arguments.Length && arguments[i] == ']')
        {
            i++;
            SkipSpace(arguments, ref i);
            return i == arguments.Length;
        }

        while (true)
        {
            if (!TryReadString(arguments, ref i, out var word))
            {
                return false;
            }

            words.Add(word);
            SkipSpace(arguments, ref i);
            if (i < arguments.Length && arguments[i] == ',')
            {
                i++;
                SkipSpace(arguments, ref i);
                continue;
            }

            if (i < arguments.Length && arguments[i] == ']')
            {
                i++;
                SkipSpace(arguments, ref i);
                return i == arguments.Length;
            }

            return false;
        }
    }

    /// <summary>Writes exec form: <c>["dotnet", "App.dll"]</c>, with JSON escapes.</summary>
    public static string Format(IEnumerable<string> words)
    {
        var builder = new StringBuilder("[");
        var first = true;
        foreach (var word in words)
        {
            builder.Append(first ? "\"" : ", \"");
            first = false;
            foreach (var c in word)
            {
                switch (c)
                {
                    case '"': builder.Append("\\\""); break;
                    case '\\': builder.Append("\\\\"); break;
                    case '\t': builder.Append("\\t"); break;
                    default: builder.Append(c); break;
                }
            }

            builder.Append('"');
        }

        return builder.Append(']').ToString();
    }

    private static bool TryReadString(string text, ref int i, out string value)
    {
        value = "";
        if (i >= text.Length || text[i] != '"')
        {
            return false;
        }

        var builder = new StringBuilder();
        for (i++; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '"')
            {
                i++;
                value = builder.ToString();
                return true;
            }

            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }

            if (++i >= text.Length)
            {
                return false;
            }

            switch (text[i])
            {
                case '"': builder.Append('"'); break;
                case '\\': builder.Append('\\'); break;
                case '/': builder.Append('/'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u' when i + 4 < text.Length && ushort.TryParse(text.Substring(i + 1, 4), System.Globalization.NumberStyles.HexNumber, null, out var code):
                    builder.Append((char)code);
                    i += 4;
                    break;
                default: return false;
            }
        }

        return false;
    }

    private static void SkipSpace(string text, ref int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }
    }
}
