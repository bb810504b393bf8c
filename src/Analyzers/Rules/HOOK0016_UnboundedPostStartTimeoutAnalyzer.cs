using System.Collections.Immutable;
using System.Linq;
using HookAnalyzers.Analyzers.Internals;
using HookAnalyzers.Generators.Model;
using HookAnalyzers.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HookAnalyzers.Analyzers.Rules;

/// <summary>
/// HOOK0016: a hook timeout so large that it is no bound at all. The kubelet has no timeout for
/// postStart: while it runs the container is not Running, the pod IP is not published and a delete
/// can hang (kubernetes#116032). Two checks:
/// a method's TimeoutSeconds above <see cref="MaxMethodTimeoutSeconds"/> (either hook), and a
/// postStart budget (sum of its method timeouts) above <see cref="MaxPostStartBudgetSeconds"/>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnboundedPostStartTimeoutAnalyzer : DiagnosticAnalyzer
{
    /// <summary>One hour: the same ceiling the settings resolver puts on DefaultTimeoutSeconds.</summary>
    public const int MaxMethodTimeoutSeconds = SettingsResolver.MaxSeconds;

    /// <summary>Ten minutes of ContainerCreating is beyond any startup a rollout waits for (progressDeadlineSeconds defaults to 600).</summary>
    public const int MaxPostStartBudgetSeconds = 600;

    internal static readonly DiagnosticDescriptor Rule = RuleDescriptor.Create(
        DiagnosticIds.UnboundedPostStartTimeout,
        title: "Hook timeout is effectively unbounded",
        messageFormat: "{0}",
        DiagnosticCategories.Configuration,
        DiagnosticSeverity.Warning,
        description: "The kubelet never times out a postStart hook, and the container stays out of Running until it returns. Hook timeouts are the only bound, so they must be realistic.",
        WellKnownDiagnosticTags.CompilationEnd);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        HookRule.RegisterHookMethods(context, AnalyzeMethod);
        HookRule.RegisterProject(context, AnalyzePostStartBudget);
    }

    private static void AnalyzeMethod(SymbolAnalysisContext context, HookMethod hook)
    {
        if (HookMethodParser.ReadArguments(hook.Attribute).TimeoutSeconds is not { } timeout
            || timeout <= MaxMethodTimeoutSeconds)
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Rule,
            AttributeArguments.LocationOf(hook.Attribute, KnownNames.TimeoutSecondsArgument, context.CancellationToken),
            $"TimeoutSeconds {timeout} of {hook.Kind.ToAttributeName()} hook '{hook.Symbol.Name}' is more than {MaxMethodTimeoutSeconds} s: effectively unbounded, and the kubelet has no timeout of its own"));
    }

    /// <summary>Reported once, on the slowest postStart method, unless a method alone is already over the per-method ceiling.</summary>
    private static void AnalyzePostStartBudget(CompilationAnalysisContext context, ProjectModel project)
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
            Rule,
            location,
            $"The postStart budget is {budget} s (sum of the [PostStart] timeouts, slowest '{slowest.Model.DisplayName}'), more than {MaxPostStartBudgetSeconds} s: the container can sit in ContainerCreating that long, since the kubelet never times out postStart"));
    }
}
