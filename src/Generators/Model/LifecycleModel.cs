using HookAnalyzers.Generators.Helpers;

namespace HookAnalyzers.Generators.Model;

/// <summary>Facts about the compilation the generated code depends on.</summary>
/// <param name="IsExecutable">The exec client entry (a module initializer) only makes sense in an app.</param>
/// <param name="Host">What kind of .NET host the project builds, which decides what serves the hooks.</param>
internal sealed record ProjectInfo(string AssemblyName, HostKind Host, bool IsExecutable)
{
    /// <summary>The runtime compiles: the project has a .NET host to plug it into.</summary>
    public bool CanEmitRuntime => Host != HostKind.None;

    public static HostKind HostOf(Microsoft.CodeAnalysis.Compilation compilation)
        => compilation.GetTypeByMetadataName(Parsing.KnownNames.WebApplicationBuilder) is not null ? HostKind.Web
            : compilation.GetTypeByMetadataName(Parsing.KnownNames.HostApplicationBuilder) is not null ? HostKind.Worker
            : HostKind.None;
}

/// <summary>The host a project can build, from the types its references bring.</summary>
internal enum HostKind
{
    /// <summary>No Microsoft.Extensions.Hosting (a class library, a bare console app): nothing can serve hooks.</summary>
    None,

    /// <summary>The generic host without ASP.NET Core (a worker service): hooks are served on a Unix socket.</summary>
    Worker,

    /// <summary>ASP.NET Core: Kestrel serves the hooks, on TCP or on a Unix socket.</summary>
    Web,
}

/// <summary>Everything the emitters need: hooks in run order, settings and project facts.</summary>
internal sealed record LifecycleModel(
    ProjectInfo Project,
    HookSettings Settings,
    bool HasSettingsAttribute,
    EquatableArray<HookMethodModel> PostStart,
    EquatableArray<HookMethodModel> PreStop)
{
    public bool HasHooks => !PostStart.IsEmpty || !PreStop.IsEmpty;

    /// <summary>The hooks are served on a Unix socket: always in a worker, on request (Transport) in a web app.</summary>
    public bool UsesUnixSocket => Project.Host == HostKind.Worker || Settings.Transport == HookTransport.UnixSocket;

    /// <summary>The handler the manifest uses for a hook: exec whenever the hooks are on a Unix socket, which the kubelet's httpGet cannot reach.</summary>
    public HookHandlerKind HandlerFor(HookKind kind)
        => UsesUnixSocket ? HookHandlerKind.Exec
            : kind == HookKind.PostStart ? Settings.PostStartHandler : Settings.PreStopHandler;

    /// <summary>
    /// The manifest has a readiness probe: when asked (ReadinessProbe) and the app has a TCP port to
    /// probe. A worker has none, and an exec probe would start .NET every period, so it gets none.
    /// </summary>
    public bool HasReadinessProbe => Settings.ReadinessProbe && Project.Host != HostKind.Worker;

    public EquatableArray<HookMethodModel> MethodsFor(HookKind kind) => kind == HookKind.PostStart ? PostStart : PreStop;
}
