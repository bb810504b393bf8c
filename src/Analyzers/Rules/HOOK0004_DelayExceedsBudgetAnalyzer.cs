using HookAnalyzers.Analyzers.Rules;

namespace HookAnalyzers.Analyzers.Rules;

/// <summary>
/// HOOK0004: a constant delay or timeout longer than the hook method's own timeout
/// (<c>TimeoutSeconds</c> of the attribute, else the <c>DefaultTimeoutSeconds</c> setting): the
/// runtime cancels the method first, so the wait is certainly cut off. Looks at BCL parameters
/// named <c>delay</c>/<c>millisecondsDelay</c>/<c>timeout</c>/<c>millisecondsTimeout</c>
/// (Task.Delay, Thread.Sleep, CancelAfter, WaitAsync, Wait, new CancellationTokenSource...) and
/// at assignments to a TimeSpan <c>Timeout</c> property (HttpClient.Timeout). An infinite wait
/// given a token (<c>Task.Delay(Timeout.Infinite, token)</c>) waits for cancellation and is not reported.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DelayExceedsBudgetAnalyzer() : HookAnalyzer(DiagnosticDescriptors.DelayExceedsBudget)
{
    private static readonly string[] WaitParameterNames = { "delay", "millisecondsDelay", "timeout", "millisecondsTimeout" };

    private protected override void Register(AnalysisContext context)
        => HookRule.RegisterHookBodies(
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

        // Task.Delay(Timeout.Infinite, token): wait until cancelled, which the token bounds. Not a wait that overruns.
        if (duration.IsInfinite && context.Operation is IArgumentOperation { Parent: IInvocationOperation call } && PassesToken(call))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.DelayExceedsBudget, value.Syntax.GetLocation(), name, duration.ToString(), timeout.Seconds, hookName, timeout.Source));
    }

    private static bool PassesToken(IInvocationOperation call)
        => call.Arguments.Any(a => a.ArgumentKind != ArgumentKind.DefaultValue
            && a.Parameter?.Type is INamedTypeSymbol { Name: "CancellationToken" }
            && !CancellationTokenOverloadFinder.IsNoneToken(a.Value));

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
