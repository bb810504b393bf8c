using System.Collections.Immutable;
using HookAnalyzers.Analyzers.Internals;
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
        context.RegisterCompilationStartAction(start =>
        {
            if (HookSymbols.TryCreate(start.Compilation) is not { } symbols)
            {
                return;
            }

            HookProject.Register(start, symbols, static (end, project) =>
            {
                // A computed grace period always covers the drain delay; only an explicit one can be too short.
                if (project.PreStopSleepSeconds is not { } sleep
                    || project.Model.Settings.TerminationGracePeriodSeconds is not { } grace
                    || sleep <= grace)
                {
                    return;
                }

                const string name = SettingNames.TerminationGracePeriodSeconds;
                end.ReportDiagnostic(Diagnostic.Create(
                    Rule,
                    project.Settings.LocationOf(name, end.CancellationToken),
                    sleep,
                    project.Settings.Label(name),
                    grace,
                    project.Settings.Label(SettingNames.DrainDelaySeconds)));
            });
        });
    }
}
