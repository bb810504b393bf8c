using System.Collections.Immutable;

namespace HookAnalyzers.Generators.Model;

/// <summary>
/// The names that travel between the manifest, the kubelet and the generated runtime, defined here
/// only. The manifest writes them into the YAML; <see cref="Emit.WireNamesEmitter"/> writes them into
/// LifecycleHooks.WireNames.g.cs, which the runtime templates use instead of literals, so the two
/// sides cannot drift apart.
/// </summary>
internal static class WireNames
{
    public const string PostStartRoute = "post-start";
    public const string PreStopRoute = "pre-stop";
    public const string ReadyRoute = "ready";
    public const string DefaultPathBase = "/lifecycle";
    public const string TokenHeader = "X-Lifecycle-Token";
    public const string ExecArgument = "--lifecycle-hook";
    public const string ExecPortVariable = "LIFECYCLE_HOOKS_PORT";
    public const string LoggerCategory = "HookAnalyzers.LifecycleHooks";
    public const string HealthCheckName = "lifecycle-hooks";
    public const string HealthCheckTag = "ready";
    public const string ExecSocketVariable = "LIFECYCLE_HOOKS_SOCKET";
    public const string DefaultSocketPath = "/tmp/lifecycle-hooks/hooks.sock";

    /// <summary>Every name with what it means, in the order the generated class lists them.</summary>
    public static readonly ImmutableArray<WireName> All = ImmutableArray.Create(
        new WireName(nameof(PostStartRoute), PostStartRoute, "Path segment of the postStart endpoint, and the exec client's argument value for it."),
        new WireName(nameof(PreStopRoute), PreStopRoute, "Path segment of the preStop endpoint, and the exec client's argument value for it."),
        new WireName(nameof(ReadyRoute), ReadyRoute, "Path segment of the readiness endpoint the generated readinessProbe calls."),
        new WireName(nameof(DefaultPathBase), DefaultPathBase, "The PathBase setting's default: the prefix of the three paths."),
        new WireName(nameof(TokenHeader), TokenHeader, "Header that carries the HookToken setting on hook calls."),
        new WireName(nameof(ExecArgument), ExecArgument, "Command-line argument, followed by a hook's route segment, that turns the app into the exec client."),
        new WireName(nameof(ExecPortVariable), ExecPortVariable, "Environment variable that overrides the port the exec client calls (local runs on another port)."),
        new WireName(nameof(LoggerCategory), LoggerCategory, "Logger category of every runtime log event, for log filters."),
        new WireName(nameof(HealthCheckName), HealthCheckName, "Name of the readiness health check AddLifecycleHooks registers."),
        new WireName(nameof(HealthCheckTag), HealthCheckTag, "Tag of that health check: a MapHealthChecks readiness endpoint includes it, a liveness endpoint leaves it out."),
        new WireName(nameof(ExecSocketVariable), ExecSocketVariable, "Environment variable that overrides the Unix socket path, for the app and the exec client alike (local runs, several apps on one machine)."),
        new WireName(nameof(DefaultSocketPath), DefaultSocketPath, "The SocketPath setting's default: a private directory under /tmp, which every container can write."));
}

/// <summary>One wire name: its constant's name, its value and what it is for.</summary>
internal sealed record WireName(string Name, string Value, string Meaning);
