using HookAnalyzers.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace HookAnalyzers.Tests.Generators;

/// <summary>
/// Edits that do not touch hooks or settings must not re-create any model or source (the IDE runs
/// the generator on every keystroke). The Project step reads the Compilation, so it re-runs on
/// every edit, but its output must compare equal (Unchanged).
/// </summary>
public sealed class IncrementalCachingTests
{
    private const string Hooks = """
        using System.Threading;
        using System.Threading.Tasks;
        using HookAnalyzers;

        [assembly: LifecycleHooks(DrainDelaySeconds = 2)]

        namespace Shop;

        public sealed class Warmer
        {
            [PostStart(TimeoutSeconds = 5)]
            public Task WarmAsync(CancellationToken cancellationToken) => Task.CompletedTask;

            public static int Unrelated() => 1;
        }

        public static class Outbox
        {
            [PreStop(Order = 1, TimeoutSeconds = 8)]
            public static void Flush() { }
        }
        """;

    private static readonly Dictionary<string, string> MsBuildProperties = new() { ["LifecycleHooksShutdownTimeoutSeconds"] = "12" };

    private static readonly IncrementalStepRunReason[] NotRecomputed = [IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged];

    [Fact]
    public void Adding_an_unrelated_file_leaves_every_step_cached_or_unchanged()
    {
        var (driver, compilation) = FirstRun();

        var edited = compilation.AddSyntaxTrees(Parse("namespace Other; public static class Unrelated { public static int Value => 42; }"));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        AssertNothingRecomputed(result);
    }

    [Fact]
    public void Editing_an_unrelated_method_body_leaves_every_step_cached_or_unchanged()
    {
        var (driver, compilation) = FirstRun();

        // Same file as the hooks: the tree that holds the attributes changes.
        var edited = Replace(compilation, "public static int Unrelated() => 1;", "public static int Unrelated() => 2 + 3;");
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        AssertNothingRecomputed(result);
        // The Project step did re-run on the new compilation; its value-equal output stops the change there.
        Assert.Equal([IncrementalStepRunReason.Unchanged], PipelineSteps.Reasons(result, StepNames.Project));
    }

    [Fact]
    public void Editing_a_hook_attribute_modifies_that_hook_and_the_model_only()
    {
        var (driver, compilation) = FirstRun();

        var edited = Replace(compilation, "[PreStop(Order = 1, TimeoutSeconds = 8)]", "[PreStop(Order = 1, TimeoutSeconds = 9)]");
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        Assert.Equal([IncrementalStepRunReason.Modified], PipelineSteps.Reasons(result, StepNames.PreStopMethods));
        Assert.Equal([IncrementalStepRunReason.Modified], PipelineSteps.Reasons(result, StepNames.Model));
        Assert.All(PipelineSteps.Reasons(result, StepNames.PostStartMethods), r => Assert.Contains(r, NotRecomputed));
        Assert.Equal([IncrementalStepRunReason.Unchanged], PipelineSteps.Reasons(result, StepNames.Project));
        Assert.Contains("\"Outbox.Flush\", 9,", result.GeneratedSources.Single(s => s.HintName == LifecycleHooksGenerator.RegistryHintName).SourceText.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Changing_an_MSBuild_property_modifies_the_settings_and_the_model()
    {
        var (driver, compilation) = FirstRun();

        var updated = driver.WithUpdatedAnalyzerConfigOptions(new TestAnalyzerConfigOptionsProvider(new Dictionary<string, string> { ["LifecycleHooksShutdownTimeoutSeconds"] = "13" }));
        var result = updated.RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.Equal([IncrementalStepRunReason.Modified], PipelineSteps.Reasons(result, StepNames.MsBuildSettings));
        Assert.Equal([IncrementalStepRunReason.Modified], PipelineSteps.Reasons(result, StepNames.Model));
        Assert.All(PipelineSteps.Reasons(result, StepNames.PreStopMethods), r => Assert.Contains(r, NotRecomputed));
    }

    private static (GeneratorDriver Driver, Compilation Compilation) FirstRun()
    {
        var compilation = TestCompilation.Create(Hooks);
        var driver = GeneratorRunner.CreateDriver(MsBuildProperties).RunGenerators(compilation);
        var first = driver.GetRunResult().Results.Single();
        Assert.Null(first.Exception);
        Assert.Contains(first.GeneratedSources, s => s.HintName == LifecycleHooksGenerator.RegistryHintName);
        return (driver, compilation);
    }

    private static void AssertNothingRecomputed(GeneratorRunResult result)
    {
        var recomputed = PipelineSteps.All
            .SelectMany(step => PipelineSteps.Reasons(result, step).Select(reason => (step, reason)))
            .Concat(result.TrackedOutputSteps.SelectMany(s => s.Value.SelectMany(run => run.Outputs).Select(o => (step: s.Key, reason: o.Reason))))
            .Where(o => !NotRecomputed.Contains(o.reason))
            .Select(o => $"{o.step}: {o.reason}")
            .ToList();

        Assert.True(recomputed.Count == 0, "Recomputed outputs:\n" + string.Join("\n", recomputed));
        Assert.All(PipelineSteps.All, step => Assert.NotEmpty(PipelineSteps.Outputs(result, step)));
        Assert.NotEmpty(result.TrackedOutputSteps);
    }

    private static SyntaxTree Parse(string source) => CSharpSyntaxTree.ParseText(source, TestCompilation.ParseOptions(), path: "Unrelated.cs");

    private static Compilation Replace(Compilation compilation, string oldText, string newText)
    {
        var tree = compilation.SyntaxTrees.Single(t => t.ToString().Contains(oldText, StringComparison.Ordinal));
        var edited = tree.WithChangedText(tree.GetText().Replace(tree.ToString().IndexOf(oldText, StringComparison.Ordinal), oldText.Length, newText));
        return compilation.ReplaceSyntaxTree(tree, edited);
    }
}
