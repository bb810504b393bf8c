using System.Linq;

namespace HookAnalyzers.Generators.Model;

/// <summary>
/// The time arithmetic shared by the runtime constants, the manifest and the budget analyzer,
/// so the three can never disagree. Methods of one hook run one after another, so a hook's
/// budget is the sum of its method timeouts; preStop also spends the drain delay first.
/// </summary>
internal static class HookBudget
{
    /// <summary>The kubelet's floor for the stop signal after preStop (minimumGracePeriodInSeconds).</summary>
    public const int KubeletMinimumGraceSeconds = 2;

    /// <summary>
    /// Cap of one method's timeout: a day. Larger values are reported (HOOK0016) and capped here so
    /// the sums cannot overflow and CancelAfter (at most about 24.8 days) cannot throw.
    /// </summary>
    public const int MaxMethodTimeoutSeconds = 86400;

    public static int MethodTimeout(HookMethodModel method, HookSettings settings)
        => method.TimeoutSeconds is > 0 ? System.Math.Min(method.TimeoutSeconds.Value, MaxMethodTimeoutSeconds) : settings.DefaultTimeoutSeconds;

    public static int MethodsSeconds(LifecycleModel model, HookKind kind)
        => model.MethodsFor(kind).Sum(m => MethodTimeout(m, model.Settings));

    /// <summary>Upper bound of one hook call, the value the runtime enforces.</summary>
    public static int HookSeconds(LifecycleModel model, HookKind kind)
        => kind == HookKind.PreStop
            ? model.Settings.DrainDelaySeconds + MethodsSeconds(model, HookKind.PreStop)
            : MethodsSeconds(model, HookKind.PostStart);

    /// <summary>drain + preStop methods + shutdown + 2: the grace period that leaves the app its whole shutdown.</summary>
    public static int RequiredGraceSeconds(LifecycleModel model)
        => HookSeconds(model, HookKind.PreStop) + model.Settings.ShutdownTimeoutSeconds + KubeletMinimumGraceSeconds;

    public static int GraceSeconds(LifecycleModel model)
        => model.Settings.TerminationGracePeriodSeconds ?? RequiredGraceSeconds(model);

    /// <summary>The arithmetic as text for diagnostics and docs: <c>5 + 20 + 10 + 2 = 37</c>.</summary>
    public static string Explain(LifecycleModel model)
        => $"{model.Settings.DrainDelaySeconds} + {MethodsSeconds(model, HookKind.PreStop)} + {model.Settings.ShutdownTimeoutSeconds} + {KubeletMinimumGraceSeconds} = {RequiredGraceSeconds(model)}";
}
