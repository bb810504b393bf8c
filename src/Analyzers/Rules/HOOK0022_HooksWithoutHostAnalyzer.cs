using System.Collections.Immutable;
using HookAnalyzers.Analyzers.Internals;
using HookAnalyzers.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HookAnalyzers.Analyzers.Rules;

/// <summary>
/// HOOK0022: a [PostStart]/[PreStop] method in a project without a .NET host (neither ASP.NET Core
/// nor Microsoft.Extensions.Hosting): no runtime is generated, nothing can serve the hook, and the
/// method never runs. Reported on every such method; with a host, HOOK0013 takes over.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HooksWithoutHostAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = RuleDescriptor.Create(
        DiagnosticIds.HooksWithoutHost,
        title: "Hook method in a project without a .NET host",
        messageFormat: "'{0}' never runs: the project has no .NET host to serve lifecycle hooks; reference Microsoft.Extensions.Hosting (a worker service) or ASP.NET Core (a web app) and call builder.AddLifecycleHooks(), or move the method into the app",
        DiagnosticCategories.Usage,
        DiagnosticSeverity.Error,
        description: "The hooks are served by code generated into the app that hosts them: Kestrel endpoints in a web app, a Unix socket listener in a worker service. A project with neither (a class library, a bare console app) gets no such code, writes no manifest, and its hook methods are never called; hooks declared in a library are not picked up by the app that references it either.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();

        // With a host the runtime is generated and HOOK0013 checks the wiring. The host lookup is two
        // metadata-name lookups, which the compilation caches.
        HookRule.RegisterHookMethods(context, static (symbol, hook) =>
        {
            if (ProjectInfo.HostOf(symbol.Compilation) == HostKind.None && hook.Symbol.Locations.Length > 0)
            {
                symbol.ReportDiagnostic(Diagnostic.Create(Rule, hook.Symbol.Locations[0], hook.DisplayName));
            }
        });
    }
}
