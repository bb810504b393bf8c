using System.Linq;
using HookAnalyzers.Generators.Helpers;

namespace HookAnalyzers.Generators.Model;

/// <summary>What the manifest puts in a lifecycle hook.</summary>
internal enum LifecycleAction
{
    /// <summary>No handler: the hook is left out, so the kubelet does not wait for it.</summary>
    None,
    Exec,
    HttpGet,
    /// <summary>The kubelet's own sleep (preStop only): the drain delay without calling the app.</summary>
    Sleep,
}

/// <summary>
/// Every decision about what the kubelet is told, made once from the hooks and settings: the YAML
/// (LifecycleManifest), the generated settings (RegistryEmitter) and the analyzers all read these
/// values, so the analyzers judge the manifest the build writes.
/// </summary>
/// <param name="WritesManifests">
/// The app opted in (a hook method or <c>[assembly: LifecycleHooks]</c>, which alone still asks for
/// the drain delay and the grace period) and has a .NET host (ASP.NET Core or the generic host):
/// without the generated runtime, a manifest calling it would get the container killed.
/// </param>
/// <param name="PostStart">Exec or HttpGet when there are [PostStart] methods, else None.</param>
/// <param name="PreStop">The configured handler for [PreStop] methods; for a drain delay alone, Sleep (1.30+) or the handler; else None.</param>
/// <param name="PreStopSleepSeconds">With <see cref="LifecycleAction.Sleep"/>: the drain delay, capped at the grace period (the API rejects more); else 0.</param>
/// <param name="DrainDelayOnly">No [PreStop] method but a drain delay: the kubelet should wait by itself, if the cluster can.</param>
/// <param name="StopSignal">The signal the manifest sets; null when none is configured or the cluster is older than 1.33.</param>
/// <param name="HookCommand">The exec handler's command words (HookCommand, whose default comes from the container layout).</param>
/// <param name="GraceExplanation">The required grace period as a sum: <c>5 + 20 + 10 + 2 = 37</c> (drain + preStop methods + shutdown + kubelet floor).</param>
/// <param name="UsesUnixSocket">The hooks are served on a Unix socket (always in a worker, on request in a web app): the kubelet's httpGet cannot reach it, so every handler that calls the app is Exec.</param>
/// <param name="ReadinessProbe">The manifest carries the readiness probe: asked for, and the app has a TCP port to probe. A worker has none, and an exec probe would start .NET every period.</param>
internal sealed record ManifestPlan(
    bool WritesManifests,
    LifecycleAction PostStart,
    LifecycleAction PreStop,
    int PreStopSleepSeconds,
    bool DrainDelayOnly,
    string? StopSignal,
    EquatableArray<string> HookCommand,
    int PostStartBudgetSeconds,
    int PreStopBudgetSeconds,
    int RequiredGraceSeconds,
    int GraceSeconds,
    string GraceExplanation,
    bool UsesUnixSocket,
    bool ReadinessProbe)
{
    public static ManifestPlan For(
        ProjectInfo project,
        HookSettings settings,
        bool hasSettingsAttribute,
        EquatableArray<HookMethodModel> postStart,
        EquatableArray<HookMethodModel> preStop)
    {
        var preStopMethodsSeconds = HookBudget.MethodsSeconds(preStop, settings);
        var preStopBudget = settings.DrainDelaySeconds + preStopMethodsSeconds;
        var required = preStopBudget + settings.ShutdownTimeoutSeconds + HookBudget.KubeletMinimumGraceSeconds;
        var grace = settings.TerminationGracePeriodSeconds ?? required;
        var drainDelayOnly = preStop.IsEmpty && settings.DrainDelaySeconds > 0;
        var sleeps = drainDelayOnly && settings.KubernetesVersion.IsAtLeast(KubernetesVersion.SleepAction);
        var usesUnixSocket = project.Host == HostKind.Worker || settings.Transport == HookTransport.UnixSocket;
        var postStartHandler = usesUnixSocket ? HookHandlerKind.Exec : settings.PostStartHandler;
        var preStopHandler = usesUnixSocket ? HookHandlerKind.Exec : settings.PreStopHandler;

        return new ManifestPlan(
            WritesManifests: project.CanEmitRuntime && (!postStart.IsEmpty || !preStop.IsEmpty || hasSettingsAttribute),
            PostStart: postStart.IsEmpty ? LifecycleAction.None : ToAction(postStartHandler),
            PreStop: sleeps ? LifecycleAction.Sleep
                : !preStop.IsEmpty || drainDelayOnly ? ToAction(preStopHandler)
                : LifecycleAction.None,
            PreStopSleepSeconds: sleeps ? System.Math.Min(settings.DrainDelaySeconds, grace) : 0,
            DrainDelayOnly: drainDelayOnly,
            // stopSignal is alpha from 1.33 (ContainerStopSignals); below that it is left out and HOOK0018 warns.
            StopSignal: settings.KubernetesVersion.IsAtLeast(KubernetesVersion.StopSignals) ? settings.StopSignal : null,
            HookCommand: settings.HookCommand.Split(new[] { ' ' }, System.StringSplitOptions.RemoveEmptyEntries).ToEquatableArray(),
            PostStartBudgetSeconds: HookBudget.MethodsSeconds(postStart, settings),
            PreStopBudgetSeconds: preStopBudget,
            RequiredGraceSeconds: required,
            GraceSeconds: grace,
            GraceExplanation: $"{settings.DrainDelaySeconds} + {preStopMethodsSeconds} + {settings.ShutdownTimeoutSeconds} + {HookBudget.KubeletMinimumGraceSeconds} = {required}",
            UsesUnixSocket: usesUnixSocket,
            ReadinessProbe: settings.ReadinessProbe && project.Host != HostKind.Worker);
    }

    private static LifecycleAction ToAction(HookHandlerKind handler)
        => handler == HookHandlerKind.Exec ? LifecycleAction.Exec : LifecycleAction.HttpGet;
}
