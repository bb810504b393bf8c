using System.Collections.Immutable;
using HookAnalyzers.Analyzers.Internals;
using HookAnalyzers.Generators.Model;
using HookAnalyzers.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HookAnalyzers.Analyzers.Rules;

/// <summary>
/// HOOK0015: the manifest would carry a preStop <c>sleep</c> (the drain delay, when there is no
/// [PreStop] method) longer than terminationGracePeriodSeconds. The API server validates
/// <c>sleep.seconds &lt;= terminationGracePeriodSeconds</c> and rejects the pod.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SleepExceedsGraceAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = RuleDescriptor.Create(
        DiagnosticIds.SleepExceedsGrace,
        title: "preStop sleep is longer than the grace period",
        messageFormat: "The preStop sleep of {0} s ({3}, no [PreStop] method) exceeds {1} {2}: the API server rejects the pod; lower the drain delay or raise the grace period",
        DiagnosticCategories.Configuration,
        DiagnosticSeverity.Error,
        description: "Pod validation requires lifecycle sleep seconds to be at most terminationGracePeriodSeconds. With no [PreStop] method the drain delay is emitted as a preStop sleep.",
        WellKnownDiagnosticTags.CompilationEnd);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        HookRule.RegisterProject(context, static (end, project) =>
        {
            // The manifest caps the sleep at the grace period; the drain delay asked for more. A
            // computed grace period always covers the drain delay, so only an explicit one is too short.
            var sleep = project.Settings.DrainDelaySeconds;
            if (project.Plan.PreStop != LifecycleAction.Sleep || sleep <= project.Plan.GraceSeconds)
            {
                return;
            }

            const string name = SettingNames.TerminationGracePeriodSeconds;
            end.ReportDiagnostic(Diagnostic.Create(
                Rule,
                project.LocationOf(name, end.CancellationToken),
                sleep,
                project.Label(name),
                project.Plan.GraceSeconds,
                project.Label(SettingNames.DrainDelaySeconds)));
        });
    }
}
