using Xunit;

namespace HookAnalyzers.Tests.Package;

/// <summary>A user's ASP.NET Core app restores HookAnalyzers from the local feed and builds.</summary>
[Collection(PackageCollection.Name)]
public sealed class ConsumerBuildTests(PackageFixture fixture)
{
    [Fact]
    public void Consumer_restores_HookAnalyzers_from_the_local_feed_and_builds()
    {
        var build = Assert.IsType<CliResult>(fixture.ConsumerBuild);

        Assert.True(build.Succeeded, build.ToString());
        // The private cache holds exactly the package just packed, so no other copy was used.
        var restored = Path.Combine(fixture.NuGetPackagesDirectory, "hookanalyzers", fixture.PackageVersion, $"hookanalyzers.{fixture.PackageVersion}.nupkg");
        Assert.True(File.Exists(restored), build.ToString());
        Assert.Equal(File.ReadAllBytes(fixture.PackagePath), File.ReadAllBytes(restored));
    }

    [Fact]
    public void Packed_generator_emits_the_endpoints_for_the_consumers_hooks()
    {
        var build = Assert.IsType<CliResult>(fixture.ConsumerBuild);
        Assert.True(File.Exists(fixture.ConsumerAssemblyPath), build.ToString());

        var types = ConsumerAssembly.TypeNames(fixture.ConsumerAssemblyPath);
        var literals = ConsumerAssembly.StringLiterals(fixture.ConsumerAssemblyPath);

        Assert.Contains("Microsoft.AspNetCore.Builder.LifecycleHooksExtensions", types);
        Assert.Contains("HookAnalyzers.Generated.LifecycleHooksRegistry", types);
        Assert.Contains(literals, l => l.Contains("WarmAsync", StringComparison.Ordinal));
        Assert.Contains(literals, l => l.Contains("FlushAsync", StringComparison.Ordinal));
    }
}
