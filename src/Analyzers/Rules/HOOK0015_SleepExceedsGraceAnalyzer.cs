namespace HookAnalyzers.Analyzers.Rules;

/// <summary>
/// HOOK0015: the manifest would carry a preStop <c>sleep</c> (the drain delay, when there is no
/// [PreStop] method) longer than terminationGracePeriodSeconds. The API server validates
/// <c>sleep.seconds &lt;= terminationGracePeriodSeconds</c> and rejects the pod.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SleepExceedsGraceAnalyzer() : ProjectRuleAnalyzer(DiagnosticDescriptors.SleepExceedsGrace)
{
    private protected override void Analyze(ProjectFindings end, ProjectModel project)
    {
        // The manifest caps the sleep at the grace period; the drain delay asked for more. A
        // computed grace period always covers the drain delay, so only an explicit one is too short.
        var sleep = project.Settings.DrainDelaySeconds;
        if (project.Plan.PreStop != LifecycleAction.Sleep || sleep <= project.Plan.GraceSeconds)
        {
            return;
        }

        const string name = SettingNames.TerminationGracePeriodSeconds;
        ReportAtSetting(end, project, name, sleep, project.Label(name), project.Plan.GraceSeconds, project.Label(SettingNames.DrainDelaySeconds));
    }
}
