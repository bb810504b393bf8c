using Microsoft.CodeAnalysis.Text;

namespace HookAnalyzers.Analyzers.Rules;

/// <summary>One Dockerfile instruction: keyword, arguments with line continuations joined, and where it is.</summary>
internal sealed class DockerfileInstruction(string keyword, string arguments, TextSpan span)
{
    /// <summary>As written (Dockerfile keywords are case-insensitive).</summary>
    public string Keyword { get; } = keyword;

    public string Arguments { get; } = arguments;

    /// <summary>From the keyword to the end of the instruction's last line, without the line break.</summary>
    public TextSpan Span { get; } = span;

    public bool Is(string keyword) => string.Equals(Keyword, keyword, StringComparison.OrdinalIgnoreCase);
}

/// <summary>A build stage: FROM's base image, its optional AS name, and its instructions.</summary>
internal sealed class DockerfileStage(string baseImage, string? name)
{
    public string BaseImage { get; } = baseImage;

    public string? Name { get; } = name;

    public List<DockerfileInstruction> Instructions { get; } = new();
}

/// <summary>
/// Just enough of the Dockerfile grammar to find the final stage's ENTRYPOINT and CMD: parser
/// directives (escape), comments, line continuations, stages and inheritance through
/// <c>FROM &lt;stage&gt;</c>. Not a general parser: heredocs and ARG substitution are not needed here.
/// </summary>
internal static class DockerfileInstructions
{
    public static IReadOnlyList<DockerfileStage> Parse(SourceText text)
    {
        var stages = new List<DockerfileStage>();
        var escape = '\\';
        var directivesAllowed = true;
        var lines = text.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].ToString();
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed[0] == '#')
            {
                // Parser directives (# syntax=..., # escape=`) only count in the leading run of
                // directive lines; any other comment, blank line or instruction ends that run.
                directivesAllowed &= IsDirective(trimmed);
                if (directivesAllowed && TryReadEscapeDirective(trimmed, out var directive))
                {
                    escape = directive;
                }

                continue;
            }

            directivesAllowed = false;
            var start = lines[i].Start + (line.Length - line.TrimStart().Length);
            var end = lines[i].Start + line.TrimEnd().Length;
            var content = new System.Text.StringBuilder();
            var current = trimmed;
            while (current.Length > 0 && current[current.Length - 1] == escape)
            {
                // A continuation: drop the escape, join the next line; comment and empty lines in
                // between are skipped, as Docker does.
                content.Append(current, 0, current.Length - 1).Append(' ');
                current = "";
                while (++i < lines.Count)
                {
                    var next = lines[i].ToString().Trim();
                    if (next.Length > 0 && next[0] != '#')
                    {
                        current = next;
                        end = lines[i].Start + lines[i].ToString().TrimEnd().Length;
                        break;
                    }
                }
            }

            content.Append(current);
            var instruction = Split(content.ToString().Trim(), TextSpan.FromBounds(start, end));
            if (instruction.Is("FROM"))
            {
                stages.Add(ReadStage(instruction.Arguments));
            }
            else if (stages.Count > 0)
            {
                stages[stages.Count - 1].Instructions.Add(instruction);
            }
        }

        return stages;
    }

    /// <summary>
    /// The instruction that decides what PID 1 runs in the final stage: ENTRYPOINT if set (here or
    /// in a stage it builds FROM), else CMD.
    /// </summary>
    public static DockerfileInstruction? EffectiveStartInstruction(IReadOnlyList<DockerfileStage> stages)
    {
        if (stages.Count == 0)
        {
            return null;
        }

        var final = stages.Count - 1;
        return Inherited(stages, final, "ENTRYPOINT") ?? Inherited(stages, final, "CMD");
    }

    private static DockerfileInstruction? Inherited(IReadOnlyList<DockerfileStage> stages, int index, string keyword)
    {
        // Each step moves to an earlier stage, so this ends.
        while (index >= 0)
        {
            var stage = stages[index];
            for (var i = stage.Instructions.Count - 1; i >= 0; i--)
            {
                if (stage.Instructions[i].Is(keyword))
                {
                    return stage.Instructions[i];
                }
            }

            index = FindStage(stages, stage.BaseImage, before: index);
        }

        return null;
    }

    private static int FindStage(IReadOnlyList<DockerfileStage> stages, string name, int before)
    {
        for (var i = before - 1; i >= 0; i--)
        {
            if (string.Equals(stages[i].Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    private static DockerfileStage ReadStage(string arguments)
    {
        var words = new List<string>();
        foreach (var word in arguments.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries))
        {
            if (!word.StartsWith("--", StringComparison.Ordinal))
            {
                words.Add(word);
            }
        }

        var name = words.Count >= 3 && string.Equals(words[1], "AS", StringComparison.OrdinalIgnoreCase) ? words[2] : null;
        return new DockerfileStage(words.Count > 0 ? words[0] : "", name);
    }

    private static DockerfileInstruction Split(string content, TextSpan span)
    {
        var space = 0;
        while (space < content.Length && !char.IsWhiteSpace(content[space]))
        {
            space++;
        }

        return new DockerfileInstruction(content.Substring(0, space), content.Substring(space).Trim(), span);
    }

    /// <summary><c># key=value</c> with a one-word key.</summary>
    private static bool IsDirective(string trimmed)
    {
        if (trimmed.Length == 0 || trimmed[0] != '#')
        {
            return false;
        }

        var body = trimmed.Substring(1);
        var equals = body.IndexOf('=');
        if (equals <= 0)
        {
            return false;
        }

        var key = body.Substring(0, equals).Trim();
        foreach (var c in key)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return key.Length > 0;
    }

    private static bool TryReadEscapeDirective(string trimmed, out char escape)
    {
        escape = '\\';
        var body = trimmed.TrimStart('#').Trim();
        var equals = body.IndexOf('=');
        if (equals < 0 || !string.Equals(body.Substring(0, equals).Trim(), "escape", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var value = body.Substring(equals + 1).Trim();
        if (value.Length != 1 || (value[0] != '\\' && value[0] != '`'))
        {
            return false;
        }

        escape = value[0];
        return true;
    }
}
