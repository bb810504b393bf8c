namespace HookAnalyzers.Generators.Model;

/// <summary>Which Kubernetes handler the manifest uses for a hook.</summary>
internal enum HookHandlerKind
{
    Exec,
    HttpGet,
}

/// <summary>How the hooks reach the app inside the container.</summary>
internal enum HookTransport
{
    /// <summary>HTTP on the app's port (or ManagementPort): the kubelet may call it with httpGet.</summary>
    Tcp,

    /// <summary>HTTP on a Unix socket file: only the exec client in the same container can call it.</summary>
    UnixSocket,
}

/// <summary>
/// The resolved configuration: MSBuild property, else <c>[assembly: LifecycleHooks]</c>, else the
/// default. Invalid values fall back to the default here (the generator never fails); the
/// analyzers report them from the same <see cref="Parsing.SettingsResolver"/> result.
/// </summary>
internal sealed record HookSettings(
    int Port,
    int? ManagementPort,
    string PathBase,
    string Scheme,
    HookHandlerKind PostStartHandler,
    HookHandlerKind PreStopHandler,
    string HookCommand,
    int DrainDelaySeconds,
    int ShutdownTimeoutSeconds,
    int DefaultTimeoutSeconds,
    int? TerminationGracePeriodSeconds,
    string ContainerName,
    string WorkloadKind,
    string WorkloadName,
    KubernetesVersion KubernetesVersion,
    string? StopSignal,
    bool ReadinessProbe,
    string? ReadinessProbePath,
    string? HookToken,
    bool RunOnce)
{
    /// <summary>
    /// Port was given (MSBuild property or attribute) rather than defaulted. Without it the exec client
    /// prefers the container's own ASP.NET Core port configuration. ManagementPort needs no such flag:
    /// it is null unless given.
    /// </summary>
    public bool PortIsExplicit { get; init; }

    /// <summary>The Transport setting. A worker service has no web server and always uses the Unix socket (see <see cref="ManifestPlan.UsesUnixSocket"/>).</summary>
    public HookTransport Transport { get; init; }

    /// <summary>Where the Unix socket is, when one is used.</summary>
    public string SocketPath { get; init; } = WireNames.DefaultSocketPath;

    /// <summary>The port the kubelet and the exec client call: the management port when set.</summary>
    public int HookPort => ManagementPort ?? Port;

    /// <summary>The path the readiness probe calls: the setting, else the ready endpoint.</summary>
    public string ReadinessPath => ReadinessProbePath ?? PathBase + "/" + WireNames.ReadyRoute;
}

/// <summary>A Kubernetes minor version such as 1.34; compared to gate sleep (1.30) and stopSignal (1.33).</summary>
internal readonly record struct KubernetesVersion(int Major, int Minor) : System.IComparable<KubernetesVersion>
{
    public static readonly KubernetesVersion SleepAction = new(1, 30);
    public static readonly KubernetesVersion StopSignals = new(1, 33);

    public int CompareTo(KubernetesVersion other)
        => Major != other.Major ? Major.CompareTo(other.Major) : Minor.CompareTo(other.Minor);

    public bool IsAtLeast(KubernetesVersion other) => CompareTo(other) >= 0;

    public override string ToString() => $"{Major}.{Minor}";
}
