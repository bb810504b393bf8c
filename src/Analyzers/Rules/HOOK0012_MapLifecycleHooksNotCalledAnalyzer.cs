using System.Collections.Immutable;
using HookAnalyzers.Analyzers.Internals;
using HookAnalyzers.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HookAnalyzers.Analyzers.Rules;

/// <summary>
/// HOOK0012: hook methods exist but app.MapLifecycleHooks() is never called, so the hook and
/// readiness endpoints do not exist. Reported on <c>builder.Build()</c> when there is one (where
/// the fix inserts the call), else on the first hook method.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MapLifecycleHooksNotCalledAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = RuleDescriptor.Create(
        DiagnosticIds.MapLifecycleHooksNotCalled,
        title: "MapLifecycleHooks is never called",
        messageFormat: "The project has [PostStart]/[PreStop] methods but never calls app.MapLifecycleHooks(): the hook and readiness endpoints do not exist, so the hooks never run, the exec handler fails and the kubelet kills the container",
        DiagnosticCategories.Usage,
        DiagnosticSeverity.Error,
        description: "The kubelet calls the hook endpoints that MapLifecycleHooks() maps. Without them an exec hook gets 404 and exits 1 (a failed postStart kills the container), an httpGet hook gets 404, which the kubelet counts as success although nothing ran, and the readiness probe never passes.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        // Hooks and calls written by the user only: generated code never declares hooks or calls these.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        LifecycleWiring.Register(context, Rule, KnownNames.MapLifecycleHooks, IsBuildCall, LifecycleWiring.WebExtensionsTypeName);
    }

    /// <summary><c>builder.Build()</c>: the app exists from there on, so the call goes right after it.</summary>
    private static bool IsBuildCall(IMethodSymbol method, LifecycleWiring.HostTypes types)
        => method.Name == "Build"
           && method.Parameters.IsEmpty
           && types.IsWebApplicationBuilder(method.ContainingType);
}
