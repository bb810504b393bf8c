using System.Collections.Immutable;
using HookAnalyzers.Analyzers.Internals;
using HookAnalyzers.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HookAnalyzers.Analyzers.Rules;

/// <summary>
/// HOOK0013: hook methods exist but builder.AddLifecycleHooks() is never called, so nothing serves
/// the hooks: neither a web app's endpoints nor a worker's Unix socket. Reported on
/// <c>WebApplication.CreateBuilder(...)</c> or <c>Host.CreateApplicationBuilder(...)</c> when there is
/// one (where the fix inserts the call), else on the first hook method.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AddLifecycleHooksNotCalledAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = RuleDescriptor.Create(
        DiagnosticIds.AddLifecycleHooksNotCalled,
        title: "AddLifecycleHooks is never called",
        messageFormat: "The project has [PostStart]/[PreStop] methods but never calls builder.AddLifecycleHooks(): nothing serves the hooks, so the kubelet's hook calls fail and the methods never run",
        DiagnosticCategories.Usage,
        DiagnosticSeverity.Error,
        description: "AddLifecycleHooks() registers the hook runner and drain state, sets the shutdown timeout from the hook budget and starts what serves the hooks (Kestrel's endpoints in a web app, a Unix socket listener in a worker service). Without it a web app's MapLifecycleHooks() throws at startup, and a worker never answers the exec client: the postStart hook fails and the kubelet kills and restarts the container, and the [PreStop] methods never run.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        // Hooks and calls written by the user only: generated code never declares hooks or calls these.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        LifecycleWiring.Register(context, Rule, KnownNames.AddLifecycleHooks, IsCreateBuilderCall, LifecycleWiring.WebExtensionsTypeName, LifecycleWiring.WorkerExtensionsTypeName);
    }

    /// <summary>
    /// <c>WebApplication.CreateBuilder(...)</c> (or CreateSlimBuilder/CreateEmptyBuilder), or
    /// <c>Host.CreateApplicationBuilder(...)</c> (or CreateEmptyApplicationBuilder) in a worker: the call goes right after it.
    /// </summary>
    private static bool IsCreateBuilderCall(IMethodSymbol method, LifecycleWiring.HostTypes types)
        => method.IsStatic
           && method.Name.StartsWith("Create", System.StringComparison.Ordinal)
           && ((types.IsWebApplication(method.ContainingType) && types.IsWebApplicationBuilder(method.ReturnType))
               || (types.IsHost(method.ContainingType) && types.IsHostApplicationBuilder(method.ReturnType)));
}
