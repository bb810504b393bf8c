using System.Runtime.CompilerServices;
using HookAnalyzers.Generators;

namespace HookAnalyzers.Tests.Manifests;

/// <summary>
/// Snapshots of lifecycle.container.yaml and lifecycle.patch.yaml for each case of the settings
/// matrix (<c>_snapshots/ManifestSnapshotTests.{Case}#lifecycle.container.verified.yaml</c>), plus the
/// facts every case shares: generated code without warnings, metadata equal to the constants, no tcpSocket.
/// </summary>
public sealed class ManifestSnapshotTests
{
    [Fact]
    public void Defaults() => VerifyCase(ManifestCases.Defaults);

    [Fact]
    public void HttpGetPostStart() => VerifyCase(ManifestCases.HttpGetPostStart);

    [Fact]
    public void ExecPreStop() => VerifyCase(ManifestCases.ExecPreStop);

    [Fact]
    public void SleepPreStop() => VerifyCase(ManifestCases.SleepPreStop);

    [Fact]
    public void SleepBelowKubernetes130() => VerifyCase(ManifestCases.SleepBelowKubernetes130);

    [Fact]
    public void ManagementPortHttps() => VerifyCase(ManifestCases.ManagementPortHttps);

    [Fact]
    public void Token() => VerifyCase(ManifestCases.Token);

    [Fact]
    public void StopSignal() => VerifyCase(ManifestCases.StopSignal);

    [Fact]
    public void StopSignalBelowKubernetes133() => VerifyCase(ManifestCases.StopSignalBelowKubernetes133);

    [Fact]
    public void NoHooks() => VerifyCase(ManifestCases.NoHooks);

    [Fact]
    public void OnlyDrainDelay() => VerifyCase(ManifestCases.OnlyDrainDelay);

    [Fact]
    public void StatefulSetWithoutProbe() => VerifyCase(ManifestCases.StatefulSetWithoutProbe);

    [Fact]
    public void SdkContainerAppHost() => VerifyCase(ManifestCases.SdkContainerAppHost);

    [Fact]
    public void ExplicitHookCommand() => VerifyCase(ManifestCases.ExplicitHookCommand);

    [Fact]
    public void ReadinessProbePath() => VerifyCase(ManifestCases.ReadinessProbePath);

    [Fact]
    public void Worker() => VerifyCase(ManifestCases.Worker);

    [Fact]
    public void UnixSocketWebApp() => VerifyCase(ManifestCases.UnixSocketWebApp);

    [Theory]
    [InlineData(nameof(ManifestCases.Worker), false)]
    [InlineData(nameof(ManifestCases.UnixSocketWebApp), true)]
    public void Hooks_on_a_unix_socket_have_exec_handlers_only(string caseName, bool hasReadinessProbe)
    {
        var manifest = GeneratedManifest.Require(ManifestCases.All.Single(c => c.Name == caseName));
        var handlers = new ManifestHandlers(manifest.PatchYaml);

        Assert.Equal("exec", handlers.PostStart?.Kind);
        Assert.Equal("exec", handlers.PreStop?.Kind);
        Assert.Equal(hasReadinessProbe, handlers.ReadinessProbe is not null);
        Assert.Equal(hasReadinessProbe ? 1 : 0, System.Text.RegularExpressions.Regex.Matches(manifest.PatchYaml, "httpGet").Count);
    }

    [Fact]
    public void Generated_source_of_the_defaults()
    {
        var manifest = GeneratedManifest.Require(ManifestCases.Defaults);

        Snapshot.VerifyGeneratedSources(manifest.Run.GeneratorResult, hint => hint == LifecycleHooksGenerator.ManifestHintName);
    }

    [Fact]
    public void No_manifest_without_hook_methods_or_the_assembly_attribute()
    {
        var run = GeneratorRunner.Run(TestCompilation.Create("namespace TestApp; public static class Plain { public static void M() { } }"));

        Assert.False(run.HasSource(LifecycleHooksGenerator.ManifestHintName));
        Assert.Null(run.OutputCompilation.GetTypeByMetadataName(GeneratedManifest.ClassName));
    }

    [Fact]
    public void Every_case_of_the_matrix_has_a_snapshot_test()
    {
        var tested = typeof(ManifestSnapshotTests).GetMethods().Select(m => m.Name).ToHashSet(StringComparer.Ordinal);

        Assert.All(ManifestCases.All, c => Assert.Contains(c.Name, tested));
    }

    private static void VerifyCase(ManifestCase manifestCase, [CallerFilePath] string testFile = "", [CallerMemberName] string testMethod = "")
    {
        var manifest = GeneratedManifest.Require(manifestCase);

        Assert.Empty(TestCompilation.WarningsAndErrors(manifest.Run.OutputCompilation));
        Assert.Equal(manifest.ContainerYaml, manifest.AssemblyMetadata("HookAnalyzers.LifecycleContainerYaml"));
        Assert.Equal(manifest.PatchYaml, manifest.AssemblyMetadata("HookAnalyzers.LifecyclePatchYaml"));
        Assert.DoesNotContain("tcpSocket", manifest.ContainerYaml, StringComparison.Ordinal);
        Assert.DoesNotContain("tcpSocket", manifest.PatchYaml, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", manifest.PatchYaml, StringComparison.Ordinal);

        Snapshot.Verify(manifest.ContainerYaml, "lifecycle.container", "yaml", testFile, testMethod);
        Snapshot.Verify(manifest.PatchYaml, "lifecycle.patch", "yaml", testFile, testMethod);
    }
}
