using HookAnalyzers.Tests.Infrastructure.Processes;
using System.Text.RegularExpressions;

namespace HookAnalyzers.Tests.Package;

/// <summary>
/// NuGet never re-extracts a version its cache already holds, so a pack that reused a version
/// could be shadowed by an older build. The fixture packs, changes a file and packs again:
/// the versions differ and order, and a fresh consumer gets exactly the newest analyzer bytes.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class VersioningTests(PackageFixture fixture)
{
    private static readonly Regex DevVersion = new(@"^(?<release>\d+\.\d+\.\d+)-dev\.(?<stamp>\d{14})$");

    [Fact]
    public void A_pack_after_a_change_gets_a_newer_pre_release_version_of_the_release_version()
    {
        Assert.True(fixture.FirstPack.Succeeded, fixture.FirstPack.ToString());
        var second = fixture.Required(fixture.SecondPack);
        Assert.True(second.Succeeded, second.ToString());

        var first = DevVersion.Match(fixture.FirstPackageVersion);
        var newest = DevVersion.Match(fixture.PackageVersion);

        Assert.True(first.Success, fixture.FirstPackageVersion);
        Assert.True(newest.Success, fixture.PackageVersion);
        Assert.Equal(RepositoryInfo.ReleaseVersion, first.Groups["release"].Value);
        Assert.Equal(RepositoryInfo.ReleaseVersion, newest.Groups["release"].Value);
        // Same length digits: ordinal order is numeric order, which is NuGet's order for the last label.
        Assert.True(string.CompareOrdinal(newest.Groups["stamp"].Value, first.Groups["stamp"].Value) > 0,
            $"{fixture.PackageVersion} is not newer than {fixture.FirstPackageVersion}");
    }

    [Fact]
    public void The_change_reached_the_second_pack()
    {
        const string generator = "analyzers/dotnet/cs/HookAnalyzers.Generators.dll";
        using var first = fixture.OpenPackage(fixture.FirstPackagePath);
        using var newest = fixture.OpenPackage();

        Assert.NotEqual(PackageEntry.ReadBytes(first, generator), PackageEntry.ReadBytes(newest, generator));
    }

    [Fact]
    public void Fresh_consumer_that_adds_the_package_gets_the_newest_pack_byte_for_byte()
    {
        var add = fixture.Required(fixture.AddPackage);
        Assert.True(add.Succeeded, add.ToString());

        var project = File.ReadAllText(Path.Combine(fixture.ConsumerDirectory, ConsumerProject.ProjectName + ".csproj"));
        Assert.Contains($"Include=\"HookAnalyzers\" Version=\"{fixture.PackageVersion}\"", project, StringComparison.Ordinal);

        using var package = fixture.OpenPackage();
        var restored = Path.Combine(fixture.NuGetPackagesDirectory, "hookanalyzers", fixture.PackageVersion.ToLowerInvariant());
        var analyzers = package.Entries.Where(e => e.FullName.StartsWith("analyzers/", StringComparison.Ordinal)).ToArray();
        Assert.Equal(3, analyzers.Length);
        foreach (var entry in analyzers)
        {
            var path = Path.Combine(restored, entry.FullName.Replace('/', Path.DirectorySeparatorChar));
            Assert.True(File.Exists(path), $"{path} was not restored\n{add}");
            Assert.Equal(PackageEntry.ReadBytes(package, entry.FullName), File.ReadAllBytes(path));
        }
    }

    [Fact]
    public async Task Release_pack_gets_the_plain_version_and_the_changelog_section_named_after_it()
    {
        // Evaluation and one target only: no build. 0.1.0 is released, so its section exists.
        var result = await ProcessRunner.RunAsync(
            DotnetCommand.Cli(
                fixture.SourceDirectory,
                "msbuild", Path.Combine("src", "Pack", "HookAnalyzers.Pack.csproj"), "-nologo",
                "-t:SetReleaseNotesFromChangelog", "-p:ReleaseVersion=true", "-p:HookAnalyzersVersion=0.1.0",
                "-getProperty:PackageVersion", "-getProperty:PackageReleaseNotes"),
            TimeSpan.FromMinutes(2));

        Assert.True(result.Succeeded, result.ToString());
        Assert.Contains("\"PackageVersion\": \"0.1.0\"", result.Output, StringComparison.Ordinal);
        Assert.Contains("First release.", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("pre-release version", result.Output, StringComparison.Ordinal);
    }
}
