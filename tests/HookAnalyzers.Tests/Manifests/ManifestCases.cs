namespace HookAnalyzers.Tests.Manifests;

/// <summary>One configuration of the manifest matrix: hook sources plus MSBuild properties (LifecycleHooks* and SDK ones).</summary>
public sealed record ManifestCase(string Name, string[] Sources, IReadOnlyDictionary<string, string> Properties)
{
    /// <summary>The project's references: a web app unless the case says otherwise.</summary>
    public TargetRuntime Runtime { get; init; } = TargetRuntime.Net10;

    public override string ToString() => Name;
}

/// <summary>
/// The settings matrix shared by the snapshot and schema tests. The compilation's assembly is
/// TestCompilation.AssemblyName ("TestApp"), so the default container is "testapp".
/// </summary>
public static class ManifestCases
{
    public const string PostStartHook = """
        using System.Threading;
        using System.Threading.Tasks;
        using HookAnalyzers;

        namespace TestApp;

        public static class Warmup
        {
            [PostStart(TimeoutSeconds = 20)]
            public static Task WarmAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        }
        """;

    public const string PreStopHook = """
        using System.Threading;
        using System.Threading.Tasks;
        using HookAnalyzers;

        namespace TestApp;

        public static class Outbox
        {
            [PreStop(TimeoutSeconds = 8)]
            public static Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        }
        """;

    public static readonly ManifestCase Defaults = Case(nameof(Defaults), [PostStartHook, PreStopHook]);

    public static readonly ManifestCase HttpGetPostStart = Case(nameof(HttpGetPostStart), [PostStartHook, PreStopHook], ("LifecycleHooksPostStartHandler", "HttpGet"));

    public static readonly ManifestCase ExecPreStop = Case(nameof(ExecPreStop), [PostStartHook, PreStopHook], ("LifecycleHooksPreStopHandler", "Exec"));

    /// <summary>No [PreStop] method: the drain delay becomes the kubelet's sleep action.</summary>
    public static readonly ManifestCase SleepPreStop = Case(nameof(SleepPreStop), [PostStartHook]);

    /// <summary>Below 1.30 there is no sleep action: the pre-stop endpoint drains instead.</summary>
    public static readonly ManifestCase SleepBelowKubernetes130 = Case(nameof(SleepBelowKubernetes130), [PostStartHook], ("LifecycleHooksKubernetesVersion", "1.29"));

    public static readonly ManifestCase ManagementPortHttps = Case(
        nameof(ManagementPortHttps), [PostStartHook, PreStopHook],
        ("LifecycleHooksPostStartHandler", "HttpGet"), ("LifecycleHooksManagementPort", "9090"), ("LifecycleHooksScheme", "HTTPS"), ("LifecycleHooksPathBase", "/ops/hooks"));

    /// <summary>A token with YAML indicator characters, so quoting is exercised.</summary>
    public static readonly ManifestCase Token = Case(
        nameof(Token), [PostStartHook, PreStopHook],
        ("LifecycleHooksPostStartHandler", "HttpGet"), ("LifecycleHooksHookToken", "#s3cr:t\"'{x}"));

    public static readonly ManifestCase StopSignal = Case(nameof(StopSignal), [PostStartHook, PreStopHook], ("LifecycleHooksStopSignal", "SIGINT"));

    /// <summary>stopSignal is alpha from 1.33: below it, neither stopSignal nor os is emitted.</summary>
    public static readonly ManifestCase StopSignalBelowKubernetes133 = Case(
        nameof(StopSignalBelowKubernetes133), [PostStartHook, PreStopHook], ("LifecycleHooksStopSignal", "SIGINT"), ("LifecycleHooksKubernetesVersion", "1.32"));

    /// <summary>The attribute alone opts in; no drain and no hooks: lifecycle is removed, readiness stays.</summary>
    public static readonly ManifestCase NoHooks = Case(nameof(NoHooks), ["[assembly: HookAnalyzers.LifecycleHooks(DrainDelaySeconds = 0)]"]);

    public static readonly ManifestCase OnlyDrainDelay = Case(nameof(OnlyDrainDelay), ["[assembly: HookAnalyzers.LifecycleHooks(DrainDelaySeconds = 7)]"]);

    public static readonly ManifestCase StatefulSetWithoutProbe = Case(
        nameof(StatefulSetWithoutProbe), [PreStopHook],
        ("LifecycleHooksWorkloadKind", "StatefulSet"), ("LifecycleHooksWorkloadName", "orders-db"), ("LifecycleHooksContainerName", "orders"),
        ("LifecycleHooksReadinessProbe", "false"), ("LifecycleHooksTerminationGracePeriodSeconds", "60"));

    /// <summary>The probe calls the app's MapHealthChecks readiness path instead of the ready endpoint, still on the hook port.</summary>
    public static readonly ManifestCase ReadinessProbePath = Case(
        nameof(ReadinessProbePath), [PostStartHook, PreStopHook], ("LifecycleHooksReadinessProbePath", "/healthz/ready"), ("LifecycleHooksManagementPort", "9090"));

    /// <summary>A self-contained SDK container: the exec handler runs the app host in ContainerWorkingDirectory.</summary>
    public static readonly ManifestCase SdkContainerAppHost = Case(
        nameof(SdkContainerAppHost), [PostStartHook, PreStopHook],
        ("LifecycleHooksPreStopHandler", "Exec"), ("ContainerWorkingDirectory", "/srv/app"), ("SelfContained", "true"));

    public static readonly ManifestCase ExplicitHookCommand = Case(
        nameof(ExplicitHookCommand), [PostStartHook],
        ("LifecycleHooksHookCommand", "/usr/bin/env  TestApp"), ("SelfContained", "true"));

    /// <summary>A worker service: both handlers exec (its hooks are on a Unix socket), no readiness probe.</summary>
    public static readonly ManifestCase Worker = Case(nameof(Worker), [PostStartHook, PreStopHook], ("LifecycleHooksDrainDelaySeconds", "0")) with { Runtime = TargetRuntime.Net10Worker };

    /// <summary>A web app on the Unix socket transport: both handlers exec, the readiness probe stays on TCP.</summary>
    public static readonly ManifestCase UnixSocketWebApp = Case(nameof(UnixSocketWebApp), [PostStartHook, PreStopHook], ("LifecycleHooksTransport", "UnixSocket"));

    public static IReadOnlyList<ManifestCase> All { get; } =
    [
        Defaults, HttpGetPostStart, ExecPreStop, SleepPreStop, SleepBelowKubernetes130, ManagementPortHttps, Token,
        StopSignal, StopSignalBelowKubernetes133, NoHooks, OnlyDrainDelay, StatefulSetWithoutProbe, SdkContainerAppHost,
        ExplicitHookCommand, ReadinessProbePath, Worker, UnixSocketWebApp,
    ];

    private static ManifestCase Case(string name, string[] sources, params (string Name, string Value)[] properties)
        => new(name, sources, properties.ToDictionary(p => p.Name, p => p.Value));
}
