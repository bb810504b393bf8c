using System.Collections.Generic;
using System.Linq;

namespace HookAnalyzers.Generators.Model;

/// <summary>
/// The time arithmetic behind <see cref="ManifestPlan"/>'s budgets and grace period. Methods of one
/// hook run one after another, so a hook's budget is the sum of its method timeouts; preStop also
/// spends the drain delay first.
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

    public static int MethodsSeconds(IEnumerable<HookMethodModel> methods, HookSettings settings)
        => methods.Sum(m => MethodTimeout(m, settings));
}
