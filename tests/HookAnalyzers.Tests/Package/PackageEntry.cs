using System.IO.Compression;

namespace HookAnalyzers.Tests.Package;

/// <summary>Reads one file of a .nupkg (a zip archive).</summary>
internal static class PackageEntry
{
    public static byte[] ReadBytes(ZipArchive package, string path)
    {
        var entry = package.GetEntry(path) ?? throw new Xunit.Sdk.XunitException($"{path} is not in the package");
        using var buffer = new MemoryStream();
        using (var stream = entry.Open())
        {
            stream.CopyTo(buffer);
        }

        return buffer.ToArray();
    }

    public static string ReadText(ZipArchive package, string path)
    {
        using var reader = new StreamReader(new MemoryStream(ReadBytes(package, path)));
        return reader.ReadToEnd();
    }
}
