using System.Collections.Immutable;
using HookAnalyzers.Analyzers.Internals;
using HookAnalyzers.Generators.Model;
using HookAnalyzers.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HookAnalyzers.Analyzers.Rules;

/// <summary>
/// HOOK0017: PostStartHandler = HttpGet while [PostStart] methods exist. The kubelet fires
/// postStart together with the ENTRYPOINT and does not retry, so the GET usually meets
/// "connection refused" before Kestrel listens, and a failed postStart kills the container.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HttpGetPostStartAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = RuleDescriptor.Create(
        DiagnosticIds.HttpGetPostStart,
        title: "httpGet postStart races the app's startup",
        messageFormat: "{0} is HttpGet: the kubelet calls postStart as the process starts, without retry, so 'connection refused' before Kestrel listens kills the container; use Exec (the default), which retries until the app answers",
        DiagnosticCategories.Configuration,
        DiagnosticSeverity.Warning,
        description: "postStart runs concurrently with the container's ENTRYPOINT. An httpGet handler is sent once; a transport failure fails the hook and the kubelet kills the container.",
        WellKnownDiagnosticTags.CompilationEnd);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        HookRule.RegisterProject(context, static (end, project) =>
        {
            // Without [PostStart] methods no postStart handler is emitted, so the setting is harmless.
            if (project.Plan.PostStart != LifecycleAction.HttpGet)
            {
                return;
            }

            const string name = SettingNames.PostStartHandler;
            end.ReportDiagnostic(Diagnostic.Create(Rule, project.LocationOf(name, end.CancellationToken), project.Label(name)));
        });
    }
}
