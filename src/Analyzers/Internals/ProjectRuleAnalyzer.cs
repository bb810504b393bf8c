namespace HookAnalyzers.Analyzers.Internals;

/// <summary>
/// Base of the rules that judge the project as a whole (settings against the manifest plan), from
/// the project model every rule shares. Reported in the document they point at, so while typing
/// (see <see cref="DocumentScope"/>), usually at the setting that has to change.
/// </summary>
public abstract class ProjectRuleAnalyzer : HookAnalyzer
{
    private protected ProjectRuleAnalyzer(DiagnosticDescriptor rule)
        : base(rule)
    {
    }

    private protected sealed override void Register(AnalysisContext context)
    {
        RegisterHookActions(context);
        HookRule.RegisterProject(context, Analyze);
    }

    /// <summary>For a rule that also looks at single hooks; registers through <see cref="HookRule"/>.</summary>
    private protected virtual void RegisterHookActions(AnalysisContext context)
    {
    }

    /// <summary>Called once per compilation that uses hooks.</summary>
    private protected abstract void Analyze(ProjectFindings end, ProjectModel project);

    /// <summary>Reports at the setting's argument in [assembly: LifecycleHooks], or without a location when MSBuild set it.</summary>
    private protected void ReportAtSetting(ProjectFindings end, ProjectModel project, string setting, params object?[] messageArgs)
        => end.ReportDiagnostic(Diagnostic.Create(Rule, project.LocationOf(setting, end.CancellationToken), messageArgs));
}
