using System.Text;

namespace HookAnalyzers.CodeFixes.Internals;

/// <summary>
/// Splits a shell-form command into the words /bin/sh would pass to exec, but only when word
/// splitting and quote removal are ALL the shell does. Variables, globs, redirections, pipes,
/// command lists, subshells, comments, tilde and leading VAR=value assignments need a shell, so
/// exec form would change what runs: then there is no fix.
/// </summary>
internal static class ShellWords
{
    private const string NeedsShell = "$`|&;<>()*?[]{}";

    public static bool TrySplit(string command, out List<string> words)
    {
        words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        for (var i = 0; i < command.Length; i++)
        {
            var c = command[i];
            if (char.IsWhiteSpace(c))
            {
                if (inWord)
                {
                    words.Add(word.ToString());
                    word.Clear();
                    inWord = false;
                }

                continue;
            }

            if (NeedsShell.IndexOf(c) >= 0 || (!inWord && (c == '#' || c == '~')))
            {
                return false;
            }

            if (c == '=' && words.Count == 0)
            {
                return false; // VAR=value before the command sets an environment variable
            }

            inWord = true;
            switch (c)
            {
                case '\'':
                    var close = command.IndexOf('\'', i + 1);
                    if (close < 0)
                    {
                        return false;
                    }

                    word.Append(command, i + 1, close - i - 1);
                    i = close;
                    break;
                case '"':
                    if (!TryReadDoubleQuoted(command, ref i, word))
                    {
                        return false;
                    }

                    break;
                case '\\':
                    if (++i >= command.Length)
                    {
                        return false;
                    }

                    word.Append(command[i]);
                    break;
                default:
                    word.Append(c);
                    break;
            }
        }

        if (inWord)
        {
            words.Add(word.ToString());
        }

        return words.Count > 0;
    }

    private static bool TryReadDoubleQuoted(string command, ref int i, StringBuilder word)
    {
        for (i++; i < command.Length; i++)
        {
            var c = command[i];
            if (c == '"')
            {
                return true;
            }

            if (c == '$' || c == '`')
            {
                return false; // expansion inside double quotes
            }

            // In double quotes a backslash only escapes these; elsewhere it is literal.
            if (c == '\\' && i + 1 < command.Length && "\"\\$`".IndexOf(command[i + 1]) >= 0)
            {
                c = command[++i];
            }

            word.Append(c);
        }

        return false;
    }
}
