using System.Collections.Immutable;
using HookAnalyzers.Analyzers.Internals;
using HookAnalyzers.Generators.Model;
using HookAnalyzers.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HookAnalyzers.Analyzers.Rules;

/// <summary>
/// HOOK0019 (information): the drain delay would be a preStop <c>sleep</c> (no [PreStop] method),
/// but the target cluster is older than 1.30 (the sleep action's beta), so an httpGet preStop to
/// the app is emitted instead. Nothing breaks; the user should know the app itself serves the delay.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SleepActionNotSupportedAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = RuleDescriptor.Create(
        DiagnosticIds.SleepActionNotSupported,
        title: "preStop sleep action needs Kubernetes 1.30",
        messageFormat: "{0} {1} has no preStop sleep action (beta in {2}): the {3} s drain delay is emitted as an httpGet preStop that the app serves",
        DiagnosticCategories.Configuration,
        DiagnosticSeverity.Info,
        description: "The sleep lifecycle action is beta (on by default) from Kubernetes 1.30 and GA in 1.34. On older clusters the drain delay is served by the app through an httpGet preStop, which needs the app to be up when termination starts.",
        WellKnownDiagnosticTags.CompilationEnd);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        HookRule.RegisterProject(context, static (end, project) =>
        {
            if (!project.Plan.DrainDelayOnly || project.Plan.PreStop == LifecycleAction.Sleep)
            {
                return;
            }

            const string name = SettingNames.KubernetesVersion;
            var settings = project.Settings;
            end.ReportDiagnostic(Diagnostic.Create(
                Rule,
                project.LocationOf(name, end.CancellationToken),
                project.Label(name),
                settings.KubernetesVersion,
                KubernetesVersion.SleepAction,
                settings.DrainDelaySeconds));
        });
    }
}
