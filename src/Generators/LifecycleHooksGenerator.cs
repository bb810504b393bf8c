using System.Collections.Immutable;
using System.Linq;
using HookAnalyzers.Generators.Emit;
using HookAnalyzers.Generators.Helpers;
using HookAnalyzers.Generators.Manifests;
using HookAnalyzers.Generators.Model;
using HookAnalyzers.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace HookAnalyzers.Generators;

/// <summary>
/// Turns [PostStart] / [PreStop] methods into the endpoints, exec client and settings the kubelet
/// needs. Only the pipeline lives here: parsing is in <see cref="HookMethodParser"/> and
/// <see cref="SettingsReader"/>, the model and its decisions in <see cref="LifecycleModelBuilder"/>,
/// text in <see cref="RegistryEmitter"/>. The generator never reports diagnostics and skips invalid targets: the analyzers report them.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class LifecycleHooksGenerator : IIncrementalGenerator
{
    public const string AttributesHintName = "LifecycleHooks.Attributes.g.cs";
    public const string WireNamesHintName = "LifecycleHooks.WireNames.g.cs";
    public const string RegistryHintName = "LifecycleHooks.Registry.g.cs";
    public const string ManifestHintName = "LifecycleHooks.Manifest.g.cs";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        context.RegisterPostInitializationOutput(static output =>
        {
            output.AddEmbeddedAttributeDefinition();
            output.AddSource(AttributesHintName, Templates.Attributes);
        });

        var postStart = HookMethods(context, KnownNames.PostStartAttribute, HookKind.PostStart, StepNames.PostStartMethods);
        var preStop = HookMethods(context, KnownNames.PreStopAttribute, HookKind.PreStop, StepNames.PreStopMethods);

        var attributeSettings = context.SyntaxProvider
            .ForAttributeWithMetadataName(
                KnownNames.LifecycleHooksAttribute,
                static (node, _) => node is CompilationUnitSyntax,
                static (ctx, _) => SettingsReader.FromAttribute(ctx.Attributes.FirstOrDefault()))
            .Collect()
            .Select(static (all, _) => all.IsEmpty ? null : new AttributeSettings(all[0]))
            .WithTrackingName(StepNames.AttributeSettings);

        var msBuildSettings = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => SettingsReader.FromMsBuild(options.GlobalOptions))
            .WithTrackingName(StepNames.MsBuildSettings);

        var containerLayout = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => ContainerLayout.FromMsBuild(options.GlobalOptions))
            .WithTrackingName(StepNames.ContainerLayout);

        var project = context.CompilationProvider
            .Select(static (compilation, _) => ProjectInfo.From(compilation))
            .WithTrackingName(StepNames.Project);

        var model = postStart.Collect()
            .Combine(preStop.Collect())
            .Combine(attributeSettings)
            .Combine(msBuildSettings)
            .Combine(project)
            .Combine(containerLayout)
            .Select(static (input, _) => LifecycleModelBuilder.Build(
                input.Left.Left.Left.Left.Left.AddRange(input.Left.Left.Left.Left.Right),
                input.Left.Left.Left.Right?.Values,
                input.Left.Left.Right,
                input.Left.Right,
                input.Right).Model)
            .WithTrackingName(StepNames.Model);

        var manifest = model
            .Select(static (model, _) => model.Plan.WritesManifests ? ManifestEmitter.Build(model) : null)
            .WithTrackingName(StepNames.Manifest);

        context.RegisterSourceOutput(project, static (output, project) =>
        {
            if (project.CanEmitRuntime)
            {
                output.AddSource(WireNamesHintName, WireNamesEmitter.Text);
                foreach (var template in Templates.RuntimeFor(project.Host))
                {
                    output.AddSource(template.HintName, template.Text);
                }
            }
        });

        context.RegisterSourceOutput(model, static (output, model) =>
        {
            if (model.Project.CanEmitRuntime)
            {
                output.AddSource(RegistryHintName, RegistryEmitter.Emit(model));
            }
        });

        context.RegisterSourceOutput(manifest, static (output, manifest) =>
        {
            if (manifest is not null)
            {
                output.AddSource(ManifestHintName, ManifestEmitter.Emit(manifest));
            }
        });
    }

    private static IncrementalValuesProvider<HookMethodModel> HookMethods(
        IncrementalGeneratorInitializationContext context, string attributeName, HookKind kind, string stepName)
        => context.SyntaxProvider
            .ForAttributeWithMetadataName(
                attributeName,
                static (node, _) => node is MethodDeclarationSyntax,
                (ctx, _) => ctx.TargetSymbol is IMethodSymbol method
                    ? HookMethodParser.Parse(method, ctx.Attributes[0], kind).Model
                    : null)
            .Where(static m => m is not null)
            .Select(static (m, _) => m!)
            .WithTrackingName(stepName);

    /// <summary>The assembly attribute's values; its presence alone opts a project without hook methods in.</summary>
    private sealed record AttributeSettings(EquatableArray<RawSetting> Values);
}
