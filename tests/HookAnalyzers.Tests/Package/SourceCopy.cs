namespace HookAnalyzers.Tests.Package;

/// <summary>
/// What `dotnet pack src/Pack` reads, copied out of the repository, like a clean clone that also
/// has the working tree's uncommitted edits. The package tests pack the copy, change a file in it
/// and pack again, without touching the repository other test runs build from.
/// </summary>
internal static class SourceCopy
{
    private static readonly string[] RootFiles =
        ["Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props", ".editorconfig", "global.json", "nuget.config", "LICENSE", "CHANGELOG.md"];

    /// <summary>A file the second pack adds: it changes the generator assembly, as any edit would.</summary>
    public const string ChangedFile = "src/Generators/RepackMarker.cs";

    public static void Write(string destination)
    {
        foreach (var file in RootFiles.Where(f => File.Exists(RepoPaths.Combine(f))))
        {
            Copy(RepoPaths.Combine(file), Path.Combine(destination, file));
        }

        var source = RepoPaths.Combine("src");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (!IsBuildOutput(relative))
            {
                Copy(file, Path.Combine(destination, "src", relative));
            }
        }
    }

    public static void Change(string destination)
        => File.WriteAllText(Path.Combine(destination, ChangedFile), $$"""
            namespace HookAnalyzers.Generators;

            /// <summary>Written by the package tests between two packs.</summary>
            internal static class RepackMarker
            {
                public const string Written = "{{DateTime.UtcNow:O}}";
            }
            """);

    private static bool IsBuildOutput(string relative)
        => relative.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj");

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        File.Copy(from, to);
    }
}
