using HookAnalyzers.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace HookAnalyzers.Tests.Manifests;

/// <summary>The manifest steps stay cached on edits that cannot change the YAML, and react to those that do.</summary>
public sealed class ManifestCachingTests
{
    private const string Other = "namespace TestApp; public static class Other { public static int Value => 1; }";

    [Fact]
    public void An_unrelated_edit_leaves_the_manifest_steps_cached()
    {
        var compilation = TestCompilation.Create(ManifestCases.PostStartHook, ManifestCases.PreStopHook, Other);
        var first = GeneratorRunner.Run(GeneratorRunner.CreateDriver(), compilation);
        var edited = compilation.ReplaceSyntaxTree(
            compilation.SyntaxTrees.Last(),
            CSharpSyntaxTree.ParseText(Other.Replace("=> 1", "=> 2", StringComparison.Ordinal), TestCompilation.ParseOptions()));

        var second = GeneratorRunner.Run(first.Driver, edited);

        foreach (var step in new[] { StepNames.Manifest, StepNames.ContainerLayout })
        {
            var outputs = second.GeneratorResult.TrackedSteps[step].SelectMany(s => s.Outputs).ToList();
            Assert.NotEmpty(outputs);
            Assert.All(outputs, o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {o.Reason}"));
        }
    }

    [Fact]
    public void A_changed_hook_timeout_changes_the_manifest()
    {
        var compilation = TestCompilation.Create(ManifestCases.PostStartHook, ManifestCases.PreStopHook);
        var first = GeneratorRunner.Run(GeneratorRunner.CreateDriver(), compilation);
        var edited = compilation.ReplaceSyntaxTree(
            compilation.SyntaxTrees.ElementAt(1),
            CSharpSyntaxTree.ParseText(ManifestCases.PreStopHook.Replace("TimeoutSeconds = 8", "TimeoutSeconds = 30", StringComparison.Ordinal), TestCompilation.ParseOptions()));

        var second = GeneratorRunner.Run(first.Driver, edited);

        var outputs = second.GeneratorResult.TrackedSteps[StepNames.Manifest].SelectMany(s => s.Outputs).ToList();
        Assert.Contains(outputs, o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains("terminationGracePeriodSeconds: 47", second.Source(LifecycleHooksGenerator.ManifestHintName), StringComparison.Ordinal);
    }
}
