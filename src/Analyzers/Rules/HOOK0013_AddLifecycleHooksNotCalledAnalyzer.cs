namespace HookAnalyzers.Analyzers.Rules;

/// <summary>
/// HOOK0013: hook methods exist but builder.AddLifecycleHooks() is never called, so nothing serves
/// the hooks: neither a web app's endpoints nor a worker's Unix socket. Reported on
/// <c>WebApplication.CreateBuilder(...)</c> or <c>Host.CreateApplicationBuilder(...)</c> when there is
/// one (where the fix inserts the call), else on the first hook method.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AddLifecycleHooksNotCalledAnalyzer() : HookAnalyzer(DiagnosticDescriptors.AddLifecycleHooksNotCalled)
{
    private protected override void Register(AnalysisContext context)
        => LifecycleWiring.Register(context, DiagnosticDescriptors.AddLifecycleHooksNotCalled, KnownNames.AddLifecycleHooks, IsCreateBuilderCall, LifecycleWiring.WebExtensionsTypeName, LifecycleWiring.WorkerExtensionsTypeName);

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
