using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Xunit.Sdk;

namespace HookAnalyzers.Tests.Infrastructure;

/// <summary>
/// Verify-compatible snapshots, so the suite can move to Verify.SourceGenerators without renaming:
/// <c>_snapshots/{Class}.{Method}#{HintName minus .cs}.verified.cs</c> (first line <c>//HintName: x.cs</c>)
/// and <c>_snapshots/{Class}.{Method}#{name}.verified.{ext}</c> for other text. On a mismatch the new
/// text is written as <c>*.received.*</c> beside it and the test fails; set <c>HOOKS_ACCEPT=1</c>
/// to accept (write the verified file) instead.
/// </summary>
public static class Snapshot
{
    private const string AcceptVariable = "HOOKS_ACCEPT";

    /// <summary>One snapshot per generated source of the run (attributes included).</summary>
    public static void VerifyGeneratedSources(
        GeneratorRunResult result,
        Func<string, bool>? includeHint = null,
        [CallerFilePath] string testFile = "",
        [CallerMemberName] string testMethod = "")
    {
        var failures = new List<string>();
        foreach (var source in result.GeneratedSources.Where(s => includeHint?.Invoke(s.HintName) ?? true).OrderBy(s => s.HintName, StringComparer.Ordinal))
        {
            var name = source.HintName.EndsWith(".cs", StringComparison.Ordinal) ? source.HintName[..^3] : source.HintName;
            var text = $"//HintName: {source.HintName}\n{source.SourceText}";
            if (Compare(text, name, "cs", testFile, testMethod) is { } failure)
            {
                failures.Add(failure);
            }
        }

        if (failures.Count > 0)
        {
            throw new XunitException(string.Join("\n\n", failures));
        }
    }

    /// <summary>Compares <paramref name="text"/> with <c>{Class}.{Method}#{name}.verified.{extension}</c>.</summary>
    public static void Verify(
        string text,
        string name,
        string extension,
        [CallerFilePath] string testFile = "",
        [CallerMemberName] string testMethod = "")
    {
        if (Compare(text, name, extension, testFile, testMethod) is { } failure)
        {
            throw new XunitException(failure);
        }
    }

    private static string? Compare(string text, string name, string extension, string testFile, string testMethod)
    {
        var directory = Path.Combine(Path.GetDirectoryName(SourcePath(testFile))!, "_snapshots");
        var stem = $"{Path.GetFileNameWithoutExtension(testFile)}.{testMethod}#{name}";
        var verified = Path.Combine(directory, $"{stem}.verified.{extension}");
        var received = Path.Combine(directory, $"{stem}.received.{extension}");
        var actual = Normalize(text);

        if (File.Exists(verified) && Normalize(File.ReadAllText(verified)) == actual)
        {
            File.Delete(received);
            return null;
        }

        Directory.CreateDirectory(directory);
        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            File.WriteAllText(verified, actual);
            File.Delete(received);
            return null;
        }

        File.WriteAllText(received, actual);
        return File.Exists(verified)
            ? $"Snapshot mismatch: {verified}\nReceived: {received}\n{FirstDifference(Normalize(File.ReadAllText(verified)), actual)}\nSet {AcceptVariable}=1 to accept."
            : $"No snapshot yet: {verified}\nReceived: {received}\nSet {AcceptVariable}=1 to accept.";
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n").TrimEnd('\n') + "\n";

    private static string FirstDifference(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var e = i < expectedLines.Length ? expectedLines[i] : "<end>";
            var a = i < actualLines.Length ? actualLines[i] : "<end>";
            if (e != a)
            {
                return $"First difference at line {i + 1}:\n  verified: {e}\n  received: {a}";
            }
        }

        return "";
    }

    /// <summary>The test file's path; a deterministic build may map it to /_/, which is the repository root.</summary>
    private static string SourcePath(string testFile)
        => File.Exists(testFile) || !testFile.StartsWith("/_/", StringComparison.Ordinal)
            ? testFile
            : Path.Combine(RepoPaths.Root, testFile[3..]);
}
