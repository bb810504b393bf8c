namespace HookAnalyzers.Tests.Infrastructure.Processes;

/// <summary>
/// What to start: the program, its arguments, where, and the variables set on top of
/// <see cref="ChildEnvironment"/> (a null value removes a variable). Started by <see cref="ProcessRunner"/>
/// when a test waits for the result, or by <see cref="ChildProcess"/> when it talks to the process meanwhile.
/// </summary>
public sealed record ProcessCommand(string FileName, IReadOnlyList<string> Arguments)
{
    public string? WorkingDirectory { get; init; }

    public IReadOnlyDictionary<string, string?> Environment { get; init; } = new Dictionary<string, string?>();

    public string CommandLine => FileName + " " + string.Join(' ', Arguments);

    /// <summary>This command with more variables; later values win.</summary>
    public ProcessCommand WithEnvironment(IEnumerable<KeyValuePair<string, string>>? variables)
    {
        var merged = new Dictionary<string, string?>(Environment, StringComparer.Ordinal);
        foreach (var (name, value) in variables ?? [])
        {
            merged[name] = value;
        }

        return this with { Environment = merged };
    }
}
