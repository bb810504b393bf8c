using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Xml.Linq;
using Xunit;

namespace HookAnalyzers.Tests.Package;

/// <summary>What is inside HookAnalyzers.&lt;version&gt;.nupkg, and that nothing else is.</summary>
[Collection(PackageCollection.Name)]
public sealed class NupkgContentTests(PackageFixture fixture)
{
    private static readonly string[] AnalyzerAssemblies =
    [
        "analyzers/dotnet/cs/HookAnalyzers.Analyzers.dll",
        "analyzers/dotnet/cs/HookAnalyzers.CodeFixes.dll",
        "analyzers/dotnet/cs/HookAnalyzers.Generators.dll",
    ];

    private static readonly string[] ExpectedFiles =
    [
        "HookAnalyzers.nuspec",
        "README.md",
        .. AnalyzerAssemblies,
        "build/HookAnalyzers.props",
        "build/HookAnalyzers.targets",
        "build/HookAnalyzers.Tasks.dll",
        "buildTransitive/HookAnalyzers.props",
        "buildTransitive/HookAnalyzers.targets",
    ];

    [Fact]
    public void Pack_creates_the_package_named_after_the_version_in_Directory_Build_props()
    {
        Assert.True(fixture.Pack.Succeeded, fixture.Pack.ToString());
        Assert.True(File.Exists(fixture.PackagePath), $"missing {fixture.PackagePath}; feed has: "
            + string.Join(", ", Directory.GetFiles(fixture.FeedDirectory).Select(Path.GetFileName)));
    }

    [Fact]
    public void Package_contains_exactly_the_analyzers_build_files_and_readme()
    {
        using var package = fixture.OpenPackage();

        var files = package.Entries
            .Select(e => e.FullName)
            .Where(name => !IsPackagingMetadata(name))
            .Order(StringComparer.Ordinal)
            .ToArray();

        Assert.Equal(ExpectedFiles.Order(StringComparer.Ordinal), files);
        Assert.DoesNotContain(package.Entries, e => e.FullName.StartsWith("lib/", StringComparison.Ordinal));
    }

    [Fact]
    public void Nuspec_is_a_development_dependency_without_dependencies()
    {
        using var package = fixture.OpenPackage();
        var metadata = Nuspec(package).Root!.Elements().Single(e => e.Name.LocalName == "metadata");

        Assert.Equal("HookAnalyzers", Value(metadata, "id"));
        Assert.Equal(fixture.PackageVersion, Value(metadata, "version"));
        Assert.Equal("true", Value(metadata, "developmentDependency"));
        Assert.Equal("README.md", Value(metadata, "readme"));
        Assert.DoesNotContain(metadata.Descendants(), e => e.Name.LocalName is "dependencies" or "dependency" or "frameworkAssemblies");
    }

    [Theory]
    [InlineData("HookAnalyzers.props")]
    [InlineData("HookAnalyzers.targets")]
    public void Build_files_are_the_ones_in_src_Generators_build(string fileName)
    {
        using var package = fixture.OpenPackage();

        var packed = ReadText(package, "build/" + fileName);

        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryInfo.BuildFolder, fileName)), packed);
    }

    [Theory]
    [InlineData("HookAnalyzers.props")]
    [InlineData("HookAnalyzers.targets")]
    public void BuildTransitive_files_import_the_build_ones(string fileName)
    {
        using var package = fixture.OpenPackage();

        var project = XDocument.Parse(ReadText(package, "buildTransitive/" + fileName)).Root!;

        var import = Assert.Single(project.Elements(), e => e.Name.LocalName == "Import");
        Assert.Equal($"$(MSBuildThisFileDirectory)../build/{fileName}", import.Attribute("Project")?.Value);
    }

    [Theory]
    [InlineData("analyzers/dotnet/cs/HookAnalyzers.Generators.dll")]
    [InlineData("analyzers/dotnet/cs/HookAnalyzers.Analyzers.dll")]
    public void Generator_and_analyzers_do_not_reference_Workspaces(string path)
    {
        using var package = fixture.OpenPackage();

        var references = ReferencedAssemblies(package, path);

        // The command-line compiler loads these without Workspaces (RS1038); only the code fixes
        // assembly, which the IDE and `dotnet format` load, may reference it.
        Assert.Contains("Microsoft.CodeAnalysis", references);
        Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.CodeAnalysis.Workspaces", StringComparison.Ordinal));
    }

    private static bool IsPackagingMetadata(string name)
        => name is "[Content_Types].xml" or "_rels/.rels"
           || name.StartsWith("package/services/metadata/", StringComparison.Ordinal);

    private static XDocument Nuspec(ZipArchive package) => XDocument.Parse(ReadText(package, "HookAnalyzers.nuspec"));

    private static string? Value(XElement metadata, string name)
        => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;

    private static string ReadText(ZipArchive package, string path)
    {
        var entry = package.GetEntry(path) ?? throw new Xunit.Sdk.XunitException($"{path} is not in the package");
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }

    private static string[] ReferencedAssemblies(ZipArchive package, string path)
    {
        var entry = package.GetEntry(path) ?? throw new Xunit.Sdk.XunitException($"{path} is not in the package");
        using var buffer = new MemoryStream();
        using (var stream = entry.Open())
        {
            stream.CopyTo(buffer);
        }

        buffer.Position = 0;
        using var pe = new PEReader(buffer);
        var reader = pe.GetMetadataReader();
        return reader.AssemblyReferences.Select(h => reader.GetString(reader.GetAssemblyReference(h).Name)).ToArray();
    }
}
