namespace HookAnalyzers.Analyzers.Rules;

/// <summary>
/// HOOK0012: hook methods exist but app.MapLifecycleHooks() is never called, so the hook and
/// readiness endpoints do not exist. Reported on <c>builder.Build()</c> when there is one (where
/// the fix inserts the call), else on the first hook method.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MapLifecycleHooksNotCalledAnalyzer() : HookAnalyzer(DiagnosticDescriptors.MapLifecycleHooksNotCalled)
{
    private protected override void Register(AnalysisContext context)
        => LifecycleWiring.Register(context, DiagnosticDescriptors.MapLifecycleHooksNotCalled, KnownNames.MapLifecycleHooks, IsBuildCall, LifecycleWiring.WebExtensionsTypeName);

    /// <summary><c>builder.Build()</c>: the app exists from there on, so the call goes right after it.</summary>
    private static bool IsBuildCall(IMethodSymbol method, LifecycleWiring.HostTypes types)
        => method.Name == "Build"
           && method.Parameters.IsEmpty
           && types.IsWebApplicationBuilder(method.ContainingType);
}
