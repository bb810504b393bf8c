using System.Collections.Immutable;

namespace HookAnalyzers.Generators.Parsing;

/// <summary>
/// Names of the settings. Each is both a named argument of <c>[assembly: LifecycleHooks]</c> and,
/// prefixed with <c>LifecycleHooks</c>, an MSBuild property (which wins).
/// </summary>
internal static class SettingNames
{
    public const string Port = "Port";
    public const string ManagementPort = "ManagementPort";
    public const string PathBase = "PathBase";
    public const string Scheme = "Scheme";
    public const string PostStartHandler = "PostStartHandler";
    public const string PreStopHandler = "PreStopHandler";
    public const string HookCommand = "HookCommand";
    public const string DrainDelaySeconds = "DrainDelaySeconds";
    public const string ShutdownTimeoutSeconds = "ShutdownTimeoutSeconds";
    public const string DefaultTimeoutSeconds = "DefaultTimeoutSeconds";
    public const string TerminationGracePeriodSeconds = "TerminationGracePeriodSeconds";
    public const string ContainerName = "ContainerName";
    public const string WorkloadKind = "WorkloadKind";
    public const string WorkloadName = "WorkloadName";
    public const string KubernetesVersion = "KubernetesVersion";
    public const string StopSignal = "StopSignal";
    public const string ReadinessProbe = "ReadinessProbe";
    public const string ReadinessProbePath = "ReadinessProbePath";
    public const string HookToken = "HookToken";
    public const string RunOnce = "RunOnce";
    public const string Transport = "Transport";
    public const string SocketPath = "SocketPath";

    /// <summary>Every setting the generator reads (ManifestDirectory is read only by the MSBuild target).</summary>
    public static readonly ImmutableArray<string> All = ImmutableArray.Create(
        Port, ManagementPort, PathBase, Scheme, PostStartHandler, PreStopHandler, HookCommand,
        DrainDelaySeconds, ShutdownTimeoutSeconds, DefaultTimeoutSeconds, TerminationGracePeriodSeconds,
        ContainerName, WorkloadKind, WorkloadName, KubernetesVersion, StopSignal, ReadinessProbe, ReadinessProbePath,
        HookToken, RunOnce, Transport, SocketPath);

    public static string MsBuildProperty(string name) => KnownNames.MsBuildPropertyPrefix + name;
}
