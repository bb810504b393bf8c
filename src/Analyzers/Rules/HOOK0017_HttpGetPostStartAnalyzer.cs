namespace HookAnalyzers.Analyzers.Rules;

/// <summary>
/// HOOK0017: PostStartHandler = HttpGet while [PostStart] methods exist. The kubelet fires
/// postStart together with the ENTRYPOINT and does not retry, so the GET usually meets
/// "connection refused" before Kestrel listens, and a failed postStart kills the container.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HttpGetPostStartAnalyzer() : ProjectRuleAnalyzer(DiagnosticDescriptors.HttpGetPostStart)
{
    private protected override void Analyze(ProjectFindings end, ProjectModel project)
    {
        // Without [PostStart] methods no postStart handler is emitted, so the setting is harmless.
        if (project.Plan.PostStart != LifecycleAction.HttpGet)
        {
            return;
        }

        const string name = SettingNames.PostStartHandler;
        ReportAtSetting(end, project, name, project.Label(name));
    }
}
