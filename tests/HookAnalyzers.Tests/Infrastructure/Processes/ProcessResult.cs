namespace HookAnalyzers.Tests.Infrastructure.Processes;

/// <summary>A finished process: its exit code, each stream, and both streams in the order the lines came.</summary>
public sealed record ProcessResult(string CommandLine, int ExitCode, string Output, string Error, string Transcript, TimeSpan Elapsed)
{
    public bool Succeeded => ExitCode == 0;

    public override string ToString() => $"> {CommandLine}{System.Environment.NewLine}exit code {ExitCode}{System.Environment.NewLine}{Transcript}";
}
