using Microsoft.CodeAnalysis.Text;

namespace HookAnalyzers.Tests.Infrastructure;

/// <summary>An expected diagnostic: its id (null for the analyzer's default rule) and span in the clean source.</summary>
public sealed record ExpectedDiagnostic(string? Id, TextSpan Span);

/// <summary>
/// Parses the markup of Microsoft.CodeAnalysis.Testing: <c>[|code|]</c> expects the analyzer's
/// rule on <c>code</c>, <c>{|HOOK0001:code|}</c> expects that id. Markers may nest.
/// </summary>
public static class Markup
{
    public static (string Source, IReadOnlyList<ExpectedDiagnostic> Expected) Parse(string markup)
    {
        var source = new System.Text.StringBuilder(markup.Length);
        var expected = new List<ExpectedDiagnostic>();
        var open = new Stack<(string? Id, int Start)>();
        var i = 0;
        while (i < markup.Length)
        {
            if (At(markup, i, "[|"))
            {
                open.Push((null, source.Length));
                i += 2;
            }
            else if (At(markup, i, "{|") && markup.IndexOf(':', i) is var colon and > 0 && IsId(markup.AsSpan(i + 2, colon - i - 2)))
            {
                open.Push((markup.Substring(i + 2, colon - i - 2), source.Length));
                i = colon + 1;
            }
            else if ((At(markup, i, "|]") || At(markup, i, "|}")) && open.Count > 0)
            {
                var (id, start) = open.Pop();
                expected.Add(new ExpectedDiagnostic(id, TextSpan.FromBounds(start, source.Length)));
                i += 2;
            }
            else
            {
                source.Append(markup[i]);
                i++;
            }
        }

        if (open.Count > 0)
        {
            throw new ArgumentException("Unclosed markup marker in test source");
        }

        return (source.ToString(), expected.OrderBy(e => e.Span.Start).ToList());
    }

    private static bool At(string text, int index, string token) => string.CompareOrdinal(text, index, token, 0, token.Length) == 0;

    private static bool IsId(ReadOnlySpan<char> candidate)
    {
        if (candidate.Length == 0)
        {
            return false;
        }

        foreach (var c in candidate)
        {
            if (!char.IsLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
