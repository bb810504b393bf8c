using System.Text.RegularExpressions;

namespace HookAnalyzers.Tests.Package;

/// <summary>
/// A user's ASP.NET Core app restores HookAnalyzers from the local feed, builds with the
/// package's diagnostics, lets `dotnet format analyzers` apply the package's fixes, and builds clean.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class ConsumerBuildTests(PackageFixture fixture)
{
    [Fact]
    public void Consumer_restores_HookAnalyzers_from_the_local_feed_and_builds()
    {
        var build = fixture.Required(fixture.ConsumerBuild);

        Assert.True(build.Succeeded, build.ToString());
        // The private cache holds exactly the package just packed, so no other copy was used.
        var restored = Path.Combine(fixture.NuGetPackagesDirectory, "hookanalyzers", fixture.PackageVersion, $"hookanalyzers.{fixture.PackageVersion}.nupkg");
        Assert.True(File.Exists(restored), build.ToString());
        Assert.Equal(File.ReadAllBytes(fixture.PackagePath), File.ReadAllBytes(restored));
    }

    [Fact]
    public void Packed_generator_emits_the_endpoints_for_the_consumers_hooks()
    {
        var build = fixture.Required(fixture.ConsumerBuild);
        Assert.True(File.Exists(fixture.ConsumerAssemblyPath), build.ToString());

        var types = ConsumerAssembly.TypeNames(fixture.ConsumerAssemblyPath);
        var literals = ConsumerAssembly.StringLiterals(fixture.ConsumerAssemblyPath);

        Assert.Contains("Microsoft.AspNetCore.Builder.LifecycleHooksExtensions", types);
        Assert.Contains("HookAnalyzers.Generated.LifecycleHooksRegistry", types);
        Assert.Contains(literals, l => l.Contains("WarmAsync", StringComparison.Ordinal));
        Assert.Contains(literals, l => l.Contains("FlushAsync", StringComparison.Ordinal));
    }

    /// <summary>The consumer has ImplicitUsings; the package's props add `global using HookAnalyzers;`.</summary>
    [Fact]
    public void Hook_attributes_need_no_using_directive_with_implicit_usings()
    {
        var build = fixture.Required(fixture.ConsumerBuild);

        Assert.DoesNotContain("using HookAnalyzers", ConsumerProject.Hooks, StringComparison.Ordinal);
        Assert.True(build.Succeeded, build.ToString());
        Assert.DoesNotContain("error CS0246", build.Output, StringComparison.Ordinal);
        Assert.Contains(ConsumerAssembly.StringLiterals(fixture.ConsumerAssemblyPath), l => l.Contains("WarmAsync", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("HOOK0012", @"Program\.cs\(2,\d+\)")]   // on builder.Build()
    [InlineData("HOOK0013", @"Program\.cs\(1,\d+\)")]   // on WebApplication.CreateBuilder(args)
    [InlineData("HOOK0021", @"Dockerfile\(4,1\)")]      // on the ENTRYPOINT line
    public void First_build_shows_the_packaged_rules_with_ids_and_locations(string id, string location)
    {
        var build = fixture.Required(fixture.ConsumerBuild);

        Assert.Matches(new Regex(location + ": warning " + id + ":"), build.Transcript);
    }

    [Fact]
    public void Dotnet_format_applies_the_wiring_fixes_from_the_package()
    {
        var format = fixture.Required(fixture.Format);

        Assert.True(format.Succeeded, format.ToString());
        Assert.Equal(Normalize(ConsumerProject.FixedProgram), Normalize(fixture.ProgramAfterFormat));
    }

    [Fact]
    public void Build_after_the_fixes_has_no_wiring_diagnostic_and_no_other_warning()
    {
        var build = fixture.Required(fixture.FixedBuild);

        // Warnings are errors here (except HOOK0021, below), so success means no other warning either.
        Assert.True(build.Succeeded, build.ToString());
        Assert.DoesNotContain("HOOK0012", build.Transcript, StringComparison.Ordinal);
        Assert.DoesNotContain("HOOK0013", build.Transcript, StringComparison.Ordinal);
    }

    /// <summary>
    /// `dotnet format` keeps only diagnostics located in C# files before it looks for fixes, so
    /// the HOOK0021 fix (an additional-document fix) is an IDE fix. This pins that documented
    /// limit: if a later `dotnet format` applies it, this test says so and the docs can change.
    /// </summary>
    [Fact]
    public void Dotnet_format_leaves_the_Dockerfile_fix_to_the_IDE()
    {
        var build = fixture.Required(fixture.FixedBuild);

        Assert.Equal(Normalize(ConsumerProject.Dockerfile), Normalize(fixture.DockerfileAfterFormat));
        Assert.Matches(new Regex(@"Dockerfile\(4,1\): warning HOOK0021:"), build.Transcript);
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n").TrimEnd();
}
