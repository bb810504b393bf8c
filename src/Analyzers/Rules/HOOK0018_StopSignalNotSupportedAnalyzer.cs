using System;
using System.Collections.Immutable;
using System.Linq;
using HookAnalyzers.Analyzers.Internals;
using HookAnalyzers.Generators.Model;
using HookAnalyzers.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HookAnalyzers.Analyzers.Rules;

/// <summary>
/// HOOK0018: a StopSignal the target cluster or the app cannot use. <c>lifecycle.stopSignal</c>
/// exists from 1.33 (alpha, ContainerStopSignals); and the .NET generic host (ConsoleLifetime)
/// turns only SIGTERM, SIGINT and SIGQUIT into a graceful shutdown: any other signal is ignored
/// (then SIGKILL at the end of the grace period) or kills the process at once.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class StopSignalNotSupportedAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Signals ConsoleLifetime registers with PosixSignalRegistration.</summary>
    public static readonly ImmutableArray<string> HostHandledSignals = ImmutableArray.Create("SIGTERM", "SIGINT", "SIGQUIT");

    internal static readonly DiagnosticDescriptor Rule = RuleDescriptor.Create(
        DiagnosticIds.StopSignalNotSupported,
        title: "Stop signal is not supported by the cluster or the .NET host",
        messageFormat: "{0}",
        DiagnosticCategories.Configuration,
        DiagnosticSeverity.Warning,
        description: "lifecycle.stopSignal needs Kubernetes 1.33 or later with the ContainerStopSignals feature gate. The .NET generic host shuts down gracefully on SIGTERM, SIGINT and SIGQUIT only.",
        WellKnownDiagnosticTags.CompilationEnd);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        HookRule.RegisterProject(context, Analyze);
    }

    private static void Analyze(CompilationAnalysisContext end, ProjectModel project)
    {
        var settings = project.Settings;
        if (settings.StopSignal is not { } signal)
        {
            return;
        }

        const string name = SettingNames.StopSignal;
        var location = project.LocationOf(name, end.CancellationToken);
        var label = project.Label(name);
        if (project.Plan.StopSignal is null)
        {
            // The manifest leaves the signal out: the cluster is older than 1.33.
            end.ReportDiagnostic(Diagnostic.Create(Rule, location,
                $"{label} {signal} needs Kubernetes {KubernetesVersion.StopSignals} (ContainerStopSignals, alpha) but {project.Label(SettingNames.KubernetesVersion)} is {settings.KubernetesVersion}: the API server drops or rejects lifecycle.stopSignal"));
        }

        if (!HostHandledSignals.Contains(signal, StringComparer.Ordinal))
        {
            end.ReportDiagnostic(Diagnostic.Create(Rule, location,
                $"{label} {signal} is not handled by the .NET host, which shuts down gracefully only on SIGTERM, SIGINT or SIGQUIT: the app dies at once or ignores it until SIGKILL"));
        }
    }
}
