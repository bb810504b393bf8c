using System.Collections.Generic;
using System.Linq;
using HookAnalyzers.Generators.Helpers;
using HookAnalyzers.Generators.Manifests;
using HookAnalyzers.Generators.Parsing;

namespace HookAnalyzers.Generators.Model;

/// <summary>The model plus the invalid setting values met while resolving it (HOOK0020 reports them).</summary>
internal sealed record LifecycleModelResult(LifecycleModel Model, EquatableArray<SettingProblem> SettingProblems);

/// <summary>
/// The one way to build a <see cref="LifecycleModel"/>: the generator pipeline and the analyzers
/// (through ProjectModelCache) both call it, so they can never see different settings, run order
/// or manifest decisions.
/// </summary>
internal static class LifecycleModelBuilder
{
    /// <param name="hookMethods">The valid hook methods of both kinds, in any order.</param>
    /// <param name="attributeSettings">The named arguments of <c>[assembly: LifecycleHooks]</c>; null when it is not written.</param>
    /// <param name="msBuildSettings">The <c>LifecycleHooks*</c> MSBuild properties.</param>
    /// <param name="containerLayout">How the image starts the app: the default HookCommand.</param>
    public static LifecycleModelResult Build(
        IEnumerable<HookMethodModel> hookMethods,
        EquatableArray<RawSetting>? attributeSettings,
        EquatableArray<RawSetting> msBuildSettings,
        ProjectInfo project,
        ContainerLayout containerLayout)
    {
        var resolved = SettingsResolver.Resolve(
            attributeSettings ?? EquatableArray<RawSetting>.Empty,
            msBuildSettings,
            project.AssemblyName,
            containerLayout.HookCommand(project.AssemblyName),
            // No Service routes traffic to a worker: there are no endpoints to wait for before preStop's methods.
            defaultDrainDelaySeconds: project.Host == HostKind.Worker ? 0 : SettingsResolver.DefaultDrainDelaySeconds,
            worker: project.Host == HostKind.Worker);
        var settings = resolved.Settings;
        var all = hookMethods.ToList();
        var postStart = InRunOrder(all.Where(static m => m.Kind == HookKind.PostStart));
        var preStop = InRunOrder(all.Where(static m => m.Kind == HookKind.PreStop));
        var hasAttribute = attributeSettings is not null;
        var plan = ManifestPlan.For(project, settings, hasAttribute, postStart, preStop);
        return new LifecycleModelResult(new LifecycleModel(project, settings, hasAttribute, postStart, preStop, plan), resolved.Problems);
    }

    /// <summary>Run order: Order, then full name (ordinal, so it is the same on every machine).</summary>
    private static EquatableArray<HookMethodModel> InRunOrder(IEnumerable<HookMethodModel> methods)
        => methods
            .OrderBy(static m => m.Order)
            .ThenBy(static m => m.SortKey, System.StringComparer.Ordinal)
            .ToEquatableArray();
}
