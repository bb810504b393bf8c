using System.Text.Json;
using HookAnalyzers.Tests.Infrastructure.Processes;
using YamlDotNet.RepresentationModel;

namespace HookAnalyzers.Tests.Manifests;

/// <summary>One file's verdict from schema/validate.mjs.</summary>
public sealed record SchemaResult(string File, bool Ok, string[] Errors);

/// <summary>
/// Installs the schema validator once per test run (<c>npm ci</c> into Manifests/schema, from the
/// checked-in package-lock.json) and wraps the two tools: <c>kubectl kustomize</c> and <c>node validate.mjs</c>.
/// </summary>
public sealed class KubernetesSchemaFixture : IDisposable
{
    private static readonly TimeSpan ToolTimeout = TimeSpan.FromSeconds(120);

    public KubernetesSchemaFixture()
    {
        var install = ProcessRunner.Run(new("npm", ["ci", "--ignore-scripts", "--no-audit", "--no-fund"]) { WorkingDirectory = SchemaDirectory }, TimeSpan.FromMinutes(5));
        if (!install.Succeeded)
        {
            throw new InvalidOperationException(install.ToString());
        }

        WorkDirectory = Directory.CreateTempSubdirectory("hook-manifest-schema-").FullName;
    }

    public static string SchemaDirectory => RepoPaths.Combine("tests", "HookAnalyzers.Tests", "Manifests", "schema");

    public string WorkDirectory { get; }

    /// <summary><c>kubectl kustomize</c> of a folder with a kustomization.yaml.</summary>
    public string Kustomize(string directory)
    {
        var result = ProcessRunner.Run(new("kubectl", ["kustomize", directory]), ToolTimeout);
        if (!result.Succeeded)
        {
            throw new Xunit.Sdk.XunitException(result.ToString());
        }

        return result.Output;
    }

    /// <summary>
    /// Writes a base workload that matches the patch (kind, name, container) and a kustomization that
    /// applies it, and returns the merged output of <c>kubectl kustomize</c>.
    /// </summary>
    public string MergeIntoBase(string name, string patchYaml)
    {
        var (kind, workload, container) = Target(patchYaml);
        var directory = Path.Combine(WorkDirectory, name);
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "lifecycle.patch.yaml"), patchYaml);
        File.WriteAllText(Path.Combine(directory, "base.yaml"), BaseWorkload(kind, workload, container));
        File.WriteAllText(Path.Combine(directory, "kustomization.yaml"), "resources:\n  - base.yaml\npatches:\n  - path: lifecycle.patch.yaml\n");
        return Kustomize(directory);
    }

    /// <summary>Validates all files in one node process; *.container.yaml files are validated inside a Deployment.</summary>
    public IReadOnlyDictionary<string, SchemaResult> Validate(IReadOnlyCollection<string> files)
    {
        var result = ProcessRunner.Run(new("node", [Path.Combine(SchemaDirectory, "validate.mjs"), .. files]) { WorkingDirectory = SchemaDirectory }, ToolTimeout);
        if (!result.Succeeded)
        {
            throw new Xunit.Sdk.XunitException(result.ToString());
        }

        var options = new JsonSerializerOptions { PropertyNameCaseInsensitive = true };
        var results = result.Output
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => JsonSerializer.Deserialize<SchemaResult>(line, options)!)
            .ToDictionary(r => r.File, StringComparer.Ordinal);
        Assert.Equal(files.Count, results.Count);
        return results;
    }

    public string WriteFile(string fileName, string text)
    {
        var path = Path.Combine(WorkDirectory, fileName);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(WorkDirectory, recursive: true);
        }
        catch (IOException)
        {
            // a temp folder left behind is harmless
        }
    }

    private static (string Kind, string Workload, string Container) Target(string patchYaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(patchYaml));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var containers = (YamlSequenceNode)root["spec"]["template"]["spec"]["containers"];
        return (
            ((YamlScalarNode)root["kind"]).Value!,
            ((YamlScalarNode)root["metadata"]["name"]).Value!,
            ((YamlScalarNode)containers[0]["name"]).Value!);
    }

    private static string BaseWorkload(string kind, string workload, string container)
    {
        var serviceName = kind == "StatefulSet" ? $"  serviceName: {workload}\n" : "";
        return $"""
            apiVersion: apps/v1
            kind: {kind}
            metadata:
              name: {workload}
            spec:
            {serviceName}  selector:
                matchLabels:
                  app: {workload}
              template:
                metadata:
                  labels:
                    app: {workload}
                spec:
                  containers:
                    - name: {container}
                      image: {container}:latest
                      ports:
                        - containerPort: 8080

            """;
    }
}
