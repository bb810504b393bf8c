namespace HookAnalyzers.Analyzers.Rules;

/// <summary>
/// HOOK0014: an explicit terminationGracePeriodSeconds shorter than drain + preStop methods +
/// shutdown + 2 (the kubelet's floor). preStop time comes out of the grace period, so the app is
/// SIGKILLed before its shutdown finishes. Computed with <see cref="HookBudget"/>, like the manifest.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class GracePeriodTooShortAnalyzer() : ProjectRuleAnalyzer(DiagnosticDescriptors.GracePeriodTooShort)
{
    private protected override void Analyze(ProjectFindings end, ProjectModel project)
    {
        var plan = project.Plan;
        if (project.Settings.TerminationGracePeriodSeconds is not { } grace || grace >= plan.RequiredGraceSeconds)
        {
            return;
        }

        const string name = SettingNames.TerminationGracePeriodSeconds;
        ReportAtSetting(end, project, name, project.Label(name), grace, plan.GraceExplanation, plan.RequiredGraceSeconds);
    }
}
