using System.IO.Compression;
using Xunit;

namespace HookAnalyzers.Tests.Package;

/// <summary>The packed build/HookAnalyzers.targets writes the manifest files in the user's build.</summary>
[Collection(PackageCollection.Name)]
public sealed class ConsumerManifestTests(PackageFixture fixture)
{
    private static readonly string[] ManifestFiles = ["lifecycle.container.yaml", "lifecycle.patch.yaml"];

    [Fact]
    public void Consumer_build_writes_the_manifest_files_when_the_package_has_the_manifest_target()
    {
        var build = Assert.IsType<CliResult>(fixture.FixedBuild);
        Assert.True(build.Succeeded, build.ToString());

        var written = ManifestFiles
            .Select(name => Directory.GetFiles(fixture.ConsumerDirectory, name, SearchOption.AllDirectories).FirstOrDefault())
            .ToArray();

        if (PackageHasBuildTargets())
        {
            Assert.All(written, path => Assert.True(path is not null && new FileInfo(path).Length > 0, "missing or empty manifest file\n" + build));
            Assert.Contains("lifecycle:", File.ReadAllText(written[0]!), StringComparison.Ordinal);
        }
        else
        {
            // Until the manifest target ships in build/HookAnalyzers.targets nothing may write them.
            Assert.All(written, Assert.Null);
        }
    }

    private bool PackageHasBuildTargets()
    {
        using var package = fixture.OpenPackage();
        using var reader = new StreamReader(package.GetEntry("build/HookAnalyzers.targets")!.Open());
        return reader.ReadToEnd().Contains("<Target ", StringComparison.Ordinal);
    }
}
