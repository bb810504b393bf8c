using System.Text.RegularExpressions;

namespace HookAnalyzers.Tests.Manifests;

/// <summary>
/// Every generated patch, merged into a base workload by <c>kubectl kustomize</c>, and every container
/// fragment pass the Kubernetes schema (kubernetes-models); a broken patch does not, so the check can fail.
/// </summary>
public sealed class ManifestSchemaTests(KubernetesSchemaFixture schema) : IClassFixture<KubernetesSchemaFixture>
{
    [Fact]
    public void Every_matrix_output_merged_by_kustomize_passes_the_schema()
    {
        var files = new List<string>();
        foreach (var manifestCase in ManifestCases.All)
        {
            var manifest = GeneratedManifest.Require(manifestCase);
            files.Add(schema.WriteFile($"{manifestCase.Name}.merged.yaml", schema.MergeIntoBase(manifestCase.Name, manifest.PatchYaml)));
            files.Add(schema.WriteFile($"{manifestCase.Name}.container.yaml", manifest.ContainerYaml));
        }

        var results = schema.Validate(files);

        var failures = results.Values.Where(r => !r.Ok).Select(r => $"{Path.GetFileName(r.File)}: {string.Join("; ", r.Errors)}").ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void The_merged_patch_carries_the_generated_lifecycle_and_grace_period()
    {
        var merged = schema.MergeIntoBase("carries", GeneratedManifest.Require(ManifestCases.StopSignal).PatchYaml);

        Assert.Contains("terminationGracePeriodSeconds: 25", merged, StringComparison.Ordinal);
        Assert.Contains("stopSignal: SIGINT", merged, StringComparison.Ordinal);
        Assert.Contains("path: /lifecycle/pre-stop", merged, StringComparison.Ordinal);
        Assert.Contains("name: linux", merged, StringComparison.Ordinal);
        Assert.DoesNotContain("$patch", merged, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_patch_fails_the_check()
    {
        var patch = GeneratedManifest.Require(ManifestCases.StopSignal).PatchYaml;
        var wrongType = Regex.Replace(patch, "terminationGracePeriodSeconds: \\d+", "terminationGracePeriodSeconds: soon");
        var wrongSignal = patch.Replace("stopSignal: SIGINT", "stopSignal: SIGNOPE", StringComparison.Ordinal);
        var tcpSocketHook = Regex.Replace(patch, "preStop:\n( +)httpGet:\n", "preStop:\n$1tcpSocket:\n$1  port: 8080\n$1httpGet:\n");
        Assert.NotEqual(patch, wrongType);
        Assert.NotEqual(patch, wrongSignal);
        Assert.NotEqual(patch, tcpSocketHook);

        var files = new[]
        {
            schema.WriteFile("broken-type.merged.yaml", schema.MergeIntoBase("broken-type", wrongType)),
            schema.WriteFile("broken-signal.merged.yaml", schema.MergeIntoBase("broken-signal", wrongSignal)),
            schema.WriteFile("broken-tcp.merged.yaml", schema.MergeIntoBase("broken-tcp", tcpSocketHook)),
        };
        var results = schema.Validate(files);

        Assert.Contains(results[files[0]].Errors, e => e.Contains("terminationGracePeriodSeconds", StringComparison.Ordinal));
        Assert.Contains(results[files[1]].Errors, e => e.Contains("stopSignal", StringComparison.Ordinal));
        Assert.Contains(results[files[2]].Errors, e => e.Contains("tcpSocket", StringComparison.Ordinal));
        Assert.All(results.Values, r => Assert.False(r.Ok));
    }

    [Fact]
    public void The_sample_kustomization_passes_the_schema()
    {
        var output = schema.Kustomize(RepoPaths.Combine("samples", "HookDemo", "k8s"));
        var file = schema.WriteFile("hookdemo.yaml", output);

        var result = schema.Validate([file])[file];

        Assert.True(result.Ok, string.Join("; ", result.Errors));
        Assert.Contains("kind: Deployment", output, StringComparison.Ordinal);
        Assert.Contains("kind: Service", output, StringComparison.Ordinal);
        Assert.Contains("--lifecycle-hook", output, StringComparison.Ordinal);
        Assert.Contains("path: /lifecycle/pre-stop", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_worker_sample_kustomization_passes_the_schema_with_exec_handlers_only()
    {
        var output = schema.Kustomize(RepoPaths.Combine("samples", "WorkerDemo", "k8s"));
        var file = schema.WriteFile("workerdemo.yaml", output);

        var result = schema.Validate([file])[file];

        Assert.True(result.Ok, string.Join("; ", result.Errors));
        Assert.Contains("kind: Deployment", output, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Matches(output, "--lifecycle-hook").Count);
        Assert.DoesNotContain("httpGet", output, StringComparison.Ordinal);
        Assert.DoesNotContain("readinessProbe", output, StringComparison.Ordinal);
        Assert.Contains("terminationGracePeriodSeconds: 22", output, StringComparison.Ordinal);
    }
}
