namespace HookAnalyzers.Analyzers.Rules;

/// <summary>
/// HOOK0018: a StopSignal the target cluster or the app cannot use. <c>lifecycle.stopSignal</c>
/// exists from 1.33 (alpha, ContainerStopSignals); and the .NET generic host (ConsoleLifetime)
/// turns only SIGTERM, SIGINT and SIGQUIT into a graceful shutdown: any other signal is ignored
/// (then SIGKILL at the end of the grace period) or kills the process at once.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class StopSignalNotSupportedAnalyzer() : ProjectRuleAnalyzer(DiagnosticDescriptors.StopSignalNotSupported)
{
    /// <summary>Signals ConsoleLifetime registers with PosixSignalRegistration.</summary>
    public static readonly ImmutableArray<string> HostHandledSignals = ImmutableArray.Create("SIGTERM", "SIGINT", "SIGQUIT");

    private protected override void Analyze(ProjectFindings end, ProjectModel project)
    {
        var settings = project.Settings;
        if (settings.StopSignal is not { } signal)
        {
            return;
        }

        const string name = SettingNames.StopSignal;
        var label = project.Label(name);
        if (project.Plan.StopSignal is null)
        {
            // The manifest leaves the signal out: the cluster is older than 1.33.
            ReportAtSetting(end, project, name,
                $"{label} {signal} needs Kubernetes {KubernetesVersion.StopSignals} (ContainerStopSignals, alpha) but {project.Label(SettingNames.KubernetesVersion)} is {settings.KubernetesVersion}: the API server drops or rejects lifecycle.stopSignal");
        }

        if (!HostHandledSignals.Contains(signal, StringComparer.Ordinal))
        {
            ReportAtSetting(end, project, name,
                $"{label} {signal} is not handled by the .NET host, which shuts down gracefully only on SIGTERM, SIGINT or SIGQUIT: the app dies at once or ignores it until SIGKILL");
        }
    }
}
