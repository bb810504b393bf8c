using HookAnalyzers.Generators;
using Microsoft.CodeAnalysis;

namespace HookAnalyzers.Tests.Manifests;

/// <summary>The two YAML texts as the generator put them into the compilation (constants and assembly metadata).</summary>
public sealed record GeneratedManifest(string ContainerYaml, string PatchYaml, GeneratorRun Run)
{
    public const string ClassName = "HookAnalyzers.Generated.LifecycleHooksManifest";

    /// <summary>Runs the generator in memory; null when it emits no manifest.</summary>
    public static GeneratedManifest? For(ManifestCase manifestCase)
    {
        var run = GeneratorRunner.Run(TestCompilation.Create(manifestCase.Runtime, OutputKind.DynamicallyLinkedLibrary, manifestCase.Sources), manifestCase.Properties.ToDictionary());
        Assert.Empty(run.GeneratorDiagnostics);
        if (!run.HasSource(LifecycleHooksGenerator.ManifestHintName))
        {
            return null;
        }

        var type = run.OutputCompilation.GetTypeByMetadataName(ClassName)
            ?? throw new Xunit.Sdk.XunitException($"{ClassName} is missing from the output compilation");
        return new GeneratedManifest(Constant(type, "ContainerYaml"), Constant(type, "PatchYaml"), run);
    }

    public static GeneratedManifest Require(ManifestCase manifestCase)
        => For(manifestCase) ?? throw new Xunit.Sdk.XunitException($"No manifest generated for {manifestCase.Name}");

    /// <summary>The value of <c>[assembly: AssemblyMetadata(key, value)]</c>, which the build target reads.</summary>
    public string? AssemblyMetadata(string key)
        => Run.OutputCompilation.Assembly.GetAttributes()
            .Where(a => a.AttributeClass?.ToDisplayString() == "System.Reflection.AssemblyMetadataAttribute")
            .Where(a => a.ConstructorArguments.Length == 2 && (string?)a.ConstructorArguments[0].Value == key)
            .Select(a => (string?)a.ConstructorArguments[1].Value)
            .SingleOrDefault();

    private static string Constant(INamedTypeSymbol type, string name)
        => type.GetMembers(name).OfType<IFieldSymbol>().Single().ConstantValue as string
            ?? throw new Xunit.Sdk.XunitException($"{ClassName}.{name} is not a string constant");
}
