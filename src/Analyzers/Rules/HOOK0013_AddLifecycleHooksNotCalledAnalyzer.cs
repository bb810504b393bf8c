using System.Collections.Immutable;
using HookAnalyzers.Analyzers.Internals;
using HookAnalyzers.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HookAnalyzers.Analyzers.Rules;

/// <summary>
/// HOOK0013: hook methods exist but builder.AddLifecycleHooks() is never called, so the hook
/// services are missing. Reported on <c>WebApplication.CreateBuilder(...)</c> when there is one
/// (where the fix inserts the call), else on the first hook method.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AddLifecycleHooksNotCalledAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = RuleDescriptor.Create(
        DiagnosticIds.AddLifecycleHooksNotCalled,
        title: "AddLifecycleHooks is never called",
        messageFormat: "The project has [PostStart]/[PreStop] methods but never calls builder.AddLifecycleHooks(): the hook services are missing, so MapLifecycleHooks() fails at startup and the kubelet's hooks meet a refused connection",
        DiagnosticCategories.Usage,
        DiagnosticSeverity.Error,
        description: "AddLifecycleHooks() registers the hook runner and drain state and sets the shutdown timeout from the hook budget. Without it MapLifecycleHooks() throws at startup, the app exits, the postStart hook fails with a refused connection and the kubelet kills and restarts the container.",
        WellKnownDiagnosticTags.CompilationEnd);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        // Hooks and calls written by the user only: generated code never declares hooks or calls these.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        LifecycleWiring.Register(context, Rule, KnownNames.AddLifecycleHooks, IsCreateBuilderCall);
    }

    /// <summary><c>WebApplication.CreateBuilder(...)</c> (or CreateSlimBuilder/CreateEmptyBuilder): the call goes right after it.</summary>
    private static bool IsCreateBuilderCall(IMethodSymbol method, LifecycleWiring.WebTypes types)
        => method.IsStatic
           && method.Name.StartsWith("Create", System.StringComparison.Ordinal)
           && types.IsWebApplication(method.ContainingType)
           && types.IsWebApplicationBuilder(method.ReturnType);
}
