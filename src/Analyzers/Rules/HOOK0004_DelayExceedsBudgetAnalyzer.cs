using System;
using System.Collections.Immutable;
using HookAnalyzers.Analyzers.Internals;
using HookAnalyzers.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace HookAnalyzers.Analyzers.Rules;

/// <summary>
/// HOOK0004: a constant delay or timeout longer than the hook method's own timeout
/// (<c>TimeoutSeconds</c> of the attribute, else the <c>DefaultTimeoutSeconds</c> setting): the
/// runtime cancels the method first, so the wait is certainly cut off. Looks at BCL parameters
/// named <c>delay</c>/<c>millisecondsDelay</c>/<c>timeout</c>/<c>millisecondsTimeout</c>
/// (Task.Delay, Thread.Sleep, CancelAfter, WaitAsync, Wait, new CancellationTokenSource...) and
/// at assignments to a TimeSpan <c>Timeout</c> property (HttpClient.Timeout).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DelayExceedsBudgetAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = RuleDescriptor.Create(
        DiagnosticIds.DelayExceedsBudget,
        title: "Delay or timeout longer than the hook's timeout",
        messageFormat: "'{0}' with {1} exceeds the {2} s timeout of hook '{3}' ({4}); the hook is cancelled first",
        DiagnosticCategories.Reliability,
        DiagnosticSeverity.Warning,
        description: "Every hook method is cancelled at its timeout, and the hook fails. A delay longer than that never completes as written, and a timeout longer than that never fires; in a preStop hook the wait also spends grace period the app needs to shut down. Shorten it or raise TimeoutSeconds (and check the budget).");

    private static readonly string[] WaitParameterNames = { "delay", "millisecondsDelay", "timeout", "millisecondsTimeout" };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        HookRule.RegisterHookBodies(
            context,
            // The project model is built once per compilation, and only when a hook needs the default.
            static (compilation, options, _) => new Lazy<int>(() => ProjectModelCache.Get(compilation, options, default)!.Settings.DefaultTimeoutSeconds),
            static (block, hook, defaultTimeout) =>
            {
                var declared = HookMethodParser.ReadArguments(hook.Attribute).TimeoutSeconds;
                block.RegisterOperationAction(
                    operation =>
                    {
                        var timeout = declared is { } seconds ? (seconds, "TimeoutSeconds") : (defaultTimeout.Value, "DefaultTimeoutSeconds");
                        Analyze(operation, hook.DisplayName, timeout);
                    },
                    OperationKind.Argument,
                    OperationKind.SimpleAssignment);
            });
    }

    private static void Analyze(OperationAnalysisContext context, string hookName, (int Seconds, string Source) timeout)
    {
        var (name, value) = context.Operation switch
        {
            IArgumentOperation argument when IsWaitParameter(argument) => (CallName(argument), argument.Value),
            ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property: { Name: "Timeout" } property } } assignment
                when ConstantDurationFolder.IsTimeSpan(property.Type) && IsBcl(property.ContainingType) => (property.ContainingType.Name + ".Timeout", assignment.Value),
            _ => (null, null),
        };

        if (name is null || value is null || ConstantDurationFolder.Fold(value) is not { } duration || !duration.Exceeds(timeout.Seconds))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(Rule, value.Syntax.GetLocation(), name, duration.ToString(), timeout.Seconds, hookName, timeout.Source));
    }

    private static bool IsWaitParameter(IArgumentOperation argument)
        => argument.ArgumentKind != ArgumentKind.DefaultValue
            && argument.Parameter is { } parameter
            && Array.IndexOf(WaitParameterNames, parameter.Name) >= 0
            && parameter.ContainingSymbol is IMethodSymbol { ContainingType: { } type }
            && IsBcl(type);

    /// <summary><c>Task.Delay</c>, <c>CancellationTokenSource.CancelAfter</c>, <c>new CancellationTokenSource</c>.</summary>
    private static string CallName(IArgumentOperation argument)
    {
        var method = (IMethodSymbol)argument.Parameter!.ContainingSymbol;
        return method.MethodKind == MethodKind.Constructor ? "new " + method.ContainingType.Name : method.ContainingType.Name + "." + method.Name;
    }

    /// <summary>Only framework APIs: a user method's <c>timeout</c> parameter may mean anything.</summary>
    private static bool IsBcl(INamedTypeSymbol type)
        => type.ContainingNamespace?.ToDisplayString() is { } ns && (ns == "System" || ns.StartsWith("System.", StringComparison.Ordinal));
}
