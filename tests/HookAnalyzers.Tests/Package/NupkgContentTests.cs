using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;
using System.Xml.Linq;

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
        "LICENSE",
        "README.md",
        "icon.png",
        .. AnalyzerAssemblies,
        "build/HookAnalyzers.props",
        "build/HookAnalyzers.targets",
        "build/HookAnalyzers.Tasks.dll",
        "buildTransitive/HookAnalyzers.props",
        "buildTransitive/HookAnalyzers.targets",
    ];

    [Fact]
    public void Pack_creates_a_pre_release_of_the_version_in_Directory_Build_props()
    {
        Assert.True(fixture.Pack.Succeeded, fixture.Pack.ToString());
        Assert.True(File.Exists(fixture.PackagePath), $"missing {fixture.PackagePath}; feed has: "
            + string.Join(", ", Directory.GetFiles(fixture.FeedDirectory).Select(Path.GetFileName)));
        Assert.StartsWith(RepositoryInfo.ReleaseVersion + "-dev.", fixture.PackageVersion, StringComparison.Ordinal);
    }

    /// <summary>Pack warnings are not hidden (no NoPackageAnalysis), and none is left.</summary>
    [Fact]
    public void Pack_reports_no_warning()
    {
        Assert.True(fixture.Pack.Succeeded, fixture.Pack.ToString());
        Assert.DoesNotMatch(@"warning NU\d+", fixture.Pack.Output);
        Assert.DoesNotContain("NoPackageAnalysis", File.ReadAllText(RepositoryInfo.PackProject), StringComparison.Ordinal);
    }

    [Fact]
    public void Nuspec_has_the_MIT_licence_expression_and_the_licence_file_is_packed()
    {
        using var package = fixture.OpenPackage();
        var license = Metadata(package).Elements().Single(e => e.Name.LocalName == "license");

        Assert.Equal("expression", license.Attribute("type")?.Value);
        Assert.Equal("MIT", license.Value);
        Assert.Contains("MIT License", PackageEntry.ReadText(package, "LICENSE"), StringComparison.Ordinal);
    }

    [Fact]
    public void Nuspec_has_the_project_and_repository_urls()
    {
        using var package = fixture.OpenPackage();
        var metadata = Metadata(package);
        var repository = metadata.Elements().Single(e => e.Name.LocalName == "repository");

        Assert.Equal("https://github.com/hookanalyzers/hookanalyzers", Value(metadata, "projectUrl"));
        Assert.Equal("git", repository.Attribute("type")?.Value);
        Assert.Equal("https://github.com/hookanalyzers/hookanalyzers.git", repository.Attribute("url")?.Value);
    }

    [Fact]
    public void Release_notes_are_the_unreleased_section_of_the_changelog()
    {
        using var package = fixture.OpenPackage();
        var changelog = File.ReadAllText(RepositoryInfo.Changelog).Replace("\r\n", "\n");
        var section = Regex.Match(changelog, @"(?ms)^## Unreleased[^\n]*\n(?<notes>.*?)(?=^## |\z)").Groups["notes"].Value.Trim();

        Assert.NotEqual("", section);
        Assert.Equal(section, Value(Metadata(package), "releaseNotes")?.Replace("\r\n", "\n"));
    }

    [Fact]
    public void Icon_is_a_128_pixel_square_png()
    {
        using var package = fixture.OpenPackage();
        Assert.Equal("icon.png", Value(Metadata(package), "icon"));

        var png = PackageEntry.ReadBytes(package, "icon.png");

        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        // IHDR comes first: width and height, big-endian, at offsets 16 and 20.
        Assert.Equal(128, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
        Assert.Equal(128, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
    }

    /// <summary>A gallery shows the README outside the repository: relative links would not resolve there.</summary>
    [Fact]
    public void Readme_is_the_gallery_readme_with_absolute_links_only()
    {
        using var package = fixture.OpenPackage();
        var readme = PackageEntry.ReadText(package, "README.md");

        Assert.Equal(File.ReadAllText(RepositoryInfo.PackageReadme), readme);
        var links = Regex.Matches(readme, @"\]\((?<target>[^)\s]+)\)").Select(m => m.Groups["target"].Value).ToArray();
        Assert.NotEmpty(links);
        Assert.All(links, link => Assert.StartsWith("https://github.com/hookanalyzers/hookanalyzers/", link, StringComparison.Ordinal));
        Assert.DoesNotMatch(@"(?i)<(a|img)\s", readme);
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
        var metadata = Metadata(package);

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

        var packed = PackageEntry.ReadText(package, "build/" + fileName);

        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryInfo.BuildFolder, fileName)), packed);
    }

    [Theory]
    [InlineData("HookAnalyzers.props")]
    [InlineData("HookAnalyzers.targets")]
    public void BuildTransitive_files_import_the_build_ones(string fileName)
    {
        using var package = fixture.OpenPackage();

        var project = XDocument.Parse(PackageEntry.ReadText(package, "buildTransitive/" + fileName)).Root!;

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

    private static XElement Metadata(ZipArchive package)
        => XDocument.Parse(PackageEntry.ReadText(package, "HookAnalyzers.nuspec")).Root!.Elements().Single(e => e.Name.LocalName == "metadata");

    private static string? Value(XElement metadata, string name)
        => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;

    private static string[] ReferencedAssemblies(ZipArchive package, string path)
    {
        using var pe = new PEReader(new MemoryStream(PackageEntry.ReadBytes(package, path)));
        var reader = pe.GetMetadataReader();
        return reader.AssemblyReferences.Select(h => reader.GetString(reader.GetAssemblyReference(h).Name)).ToArray();
    }
}
