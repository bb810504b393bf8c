namespace HookAnalyzers.Analyzers.Rules;

/// <summary>
/// HOOK0022: a [PostStart]/[PreStop] method in a project without a .NET host (neither ASP.NET Core
/// nor Microsoft.Extensions.Hosting): no runtime is generated, nothing can serve the hook, and the
/// method never runs. Reported on every such method; with a host, HOOK0013 takes over.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HooksWithoutHostAnalyzer() : HookAnalyzer(DiagnosticDescriptors.HooksWithoutHost)
{
    private protected override void Register(AnalysisContext context)
    {
        // With a host the runtime is generated and HOOK0013 checks the wiring. The host lookup is two
        // metadata-name lookups, which the compilation caches.
        HookRule.RegisterHookMethods(context, static (symbol, hook) =>
        {
            if (ProjectInfo.HostOf(symbol.Compilation) == HostKind.None && hook.Symbol.Locations.Length > 0)
            {
                symbol.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.HooksWithoutHost, hook.Symbol.Locations[0], hook.DisplayName));
            }
        });
    }
}
