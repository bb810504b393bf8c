namespace HookAnalyzers.Analyzers.Rules;

/// <summary>
/// HOOK0019 (information): the drain delay would be a preStop <c>sleep</c> (no [PreStop] method),
/// but the target cluster is older than 1.30 (the sleep action's beta), so an httpGet preStop to
/// the app is emitted instead. Nothing breaks; the user should know the app itself serves the delay.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SleepActionNotSupportedAnalyzer() : ProjectRuleAnalyzer(DiagnosticDescriptors.SleepActionNotSupported)
{
    private protected override void Analyze(ProjectFindings end, ProjectModel project)
    {
        if (!project.Plan.DrainDelayOnly || project.Plan.PreStop == LifecycleAction.Sleep)
        {
            return;
        }

        const string name = SettingNames.KubernetesVersion;
        var settings = project.Settings;
        ReportAtSetting(end, project, name, project.Label(name), settings.KubernetesVersion, KubernetesVersion.SleepAction, settings.DrainDelaySeconds);
    }
}
