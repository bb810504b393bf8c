using System.Globalization;

namespace HookAnalyzers.Tests.Termination;

/// <summary>
/// The figures of each drill run, appended as Markdown table rows to artifacts/termination-drills.md
/// (docs/reliability.md quotes them and says how to reproduce them).
/// </summary>
public static class DrillResults
{
    private static readonly object Gate = new();

    public static string FilePath => RepoPaths.Combine("artifacts", "termination-drills.md");

    public static void Record(string drill, string variant, int sent, int failed, TimeSpan? deleteToExit, string note = "")
    {
        var row = string.Create(
            CultureInfo.InvariantCulture,
            $"| {DateTime.UtcNow:yyyy-MM-dd HH:mm:ss} | {drill} | {variant} | {sent} | {failed} | {(deleteToExit is { } t ? t.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture) : "-")} | {note} |\n");
        lock (Gate)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
            if (!File.Exists(FilePath))
            {
                File.WriteAllText(FilePath, "| run (UTC) | drill | variant | requests sent | failed | delete to exit (s) | note |\n|---|---|---|---|---|---|---|\n");
            }

            File.AppendAllText(FilePath, row);
        }
    }
}
