namespace HookAnalyzers.Analyzers.Rules;

/// <summary>
/// HOOK0016: a hook timeout so large that it is no bound at all. The kubelet has no timeout for
/// postStart: while it runs the container is not Running, the pod IP is not published and a delete
/// can hang (kubernetes#116032). Two checks:
/// a method's TimeoutSeconds above <see cref="MaxMethodTimeoutSeconds"/> (either hook), and a
/// postStart budget (sum of its method timeouts) above <see cref="MaxPostStartBudgetSeconds"/>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnboundedPostStartTimeoutAnalyzer() : ProjectRuleAnalyzer(DiagnosticDescriptors.UnboundedPostStartTimeout)
{
    /// <summary>One hour: the same ceiling the settings resolver puts on DefaultTimeoutSeconds.</summary>
    public const int MaxMethodTimeoutSeconds = SettingsResolver.MaxSeconds;

    /// <summary>Ten minutes of ContainerCreating is beyond any startup a rollout waits for (progressDeadlineSeconds defaults to 600).</summary>
    public const int MaxPostStartBudgetSeconds = 600;

    private protected override void RegisterHookActions(AnalysisContext context)
        => HookRule.RegisterHookMethods(context, AnalyzeMethod);

    private static void AnalyzeMethod(SymbolAnalysisContext context, HookMethod hook)
    {
        if (HookMethodParser.ReadArguments(hook.Attribute).TimeoutSeconds is not { } timeout
            || timeout <= MaxMethodTimeoutSeconds)
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.UnboundedPostStartTimeout,
            AttributeArguments.LocationOf(hook.Attribute, KnownNames.TimeoutSecondsArgument, context.CancellationToken),
            $"TimeoutSeconds {timeout} of {hook.Kind.ToAttributeName()} hook '{hook.DisplayName}' is more than {MaxMethodTimeoutSeconds} s: effectively unbounded, and the kubelet has no timeout of its own"));
    }

    /// <summary>Reported once, on the slowest postStart method, unless a method alone is already over the per-method ceiling.</summary>
    private protected override void Analyze(ProjectFindings context, ProjectModel project)
    {
        var model = project.Model;
        var budget = model.Plan.PostStartBudgetSeconds;
        if (budget <= MaxPostStartBudgetSeconds
            || model.PostStart.Any(m => HookBudget.MethodTimeout(m, model.Settings) > MaxMethodTimeoutSeconds))
        {
            return;
        }

        var slowest = project.Hooks
            .Where(e => e.Model.Kind == HookKind.PostStart)
            .OrderByDescending(e => HookBudget.MethodTimeout(e.Model, model.Settings))
            .ThenBy(e => e.Model.SortKey, System.StringComparer.Ordinal)
            .First();
        var location = slowest.Attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken).GetLocation() ?? Location.None;
        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.UnboundedPostStartTimeout,
            location,
            $"The postStart budget is {budget} s (sum of the [PostStart] timeouts, slowest '{slowest.Model.DisplayName}'), more than {MaxPostStartBudgetSeconds} s: the container can sit in ContainerCreating that long, since the kubelet never times out postStart"));
    }
}
