using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace HookAnalyzers.Tests.Package;

/// <summary>Reads a built assembly's metadata without loading it.</summary>
internal static class ConsumerAssembly
{
    public static string[] TypeNames(string path)
    {
        using var pe = new PEReader(File.OpenRead(path));
        var reader = pe.GetMetadataReader();
        return reader.TypeDefinitions
            .Select(h => reader.GetTypeDefinition(h))
            .Select(t => $"{reader.GetString(t.Namespace)}.{reader.GetString(t.Name)}")
            .ToArray();
    }

    /// <summary>String literals of the assembly (the #US heap), e.g. the hook display names.</summary>
    public static string[] StringLiterals(string path)
    {
        using var pe = new PEReader(File.OpenRead(path));
        var reader = pe.GetMetadataReader();
        var literals = new List<string>();
        var handle = MetadataTokens.UserStringHandle(1);
        while (!handle.IsNil)
        {
            literals.Add(reader.GetUserString(handle));
            handle = reader.GetNextHandle(handle);
        }

        return literals.ToArray();
    }
}
