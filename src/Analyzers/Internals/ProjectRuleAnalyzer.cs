using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HookAnalyzers.Analyzers.Internals;

/// <summary>
/// Base of the rules that judge the project as a whole (settings against the manifest plan): one
/// descriptor, reported from the project model every rule shares (in the document it points at, so while typing; see DocumentScope), usually at the
/// setting that has to change. The rule keeps its descriptor in its own <c>Rule</c> field.
/// </summary>
public abstract class ProjectRuleAnalyzer : DiagnosticAnalyzer
{
    private readonly DiagnosticDescriptor rule;

    private protected ProjectRuleAnalyzer(DiagnosticDescriptor rule) => this.rule = rule;

    public sealed override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(rule);

    public sealed override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
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
        => end.ReportDiagnostic(Diagnostic.Create(rule, project.LocationOf(setting, end.CancellationToken), messageArgs));
}
