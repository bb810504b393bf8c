using System.Collections.Immutable;
using HookAnalyzers.Analyzers.Internals;
using HookAnalyzers.Generators.Model;
using HookAnalyzers.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HookAnalyzers.Analyzers.Rules;

/// <summary>
/// HOOK0014: an explicit terminationGracePeriodSeconds shorter than drain + preStop methods +
/// shutdown + 2 (the kubelet's floor). preStop time comes out of the grace period, so the app is
/// SIGKILLed before its shutdown finishes. Computed with <see cref="HookBudget"/>, like the manifest.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class GracePeriodTooShortAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = RuleDescriptor.Create(
        DiagnosticIds.GracePeriodTooShort,
        title: "Grace period is shorter than the hooks' time budget",
        messageFormat: "{0} {1} is shorter than drain + preStop methods + shutdown + kubelet floor: {2} > {1}; the app is killed (SIGKILL) before its shutdown ends. Remove the setting to use the computed value, or raise it to {3}.",
        DiagnosticCategories.Configuration,
        DiagnosticSeverity.Warning,
        description: "The kubelet runs preStop inside terminationGracePeriodSeconds and sends SIGKILL when it runs out. The grace period must cover the drain delay, the [PreStop] method timeouts, the host's shutdown timeout and the kubelet's 2 second floor.",
        WellKnownDiagnosticTags.CompilationEnd);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        HookRule.RegisterProject(context, static (end, project) =>
        {
            var plan = project.Plan;
            if (project.Settings.TerminationGracePeriodSeconds is not { } grace || grace >= plan.RequiredGraceSeconds)
            {
                return;
            }

            const string name = SettingNames.TerminationGracePeriodSeconds;
            end.ReportDiagnostic(Diagnostic.Create(
                Rule,
                project.LocationOf(name, end.CancellationToken),
                project.Label(name),
                grace,
                plan.GraceExplanation,
                plan.RequiredGraceSeconds));
        });
    }
}
