using HookAnalyzers.Generators.Helpers;
using Microsoft.CodeAnalysis;

namespace HookAnalyzers.Generators.Model;

/// <summary>Facts about the compilation the generated code depends on.</summary>
/// <param name="IsExecutable">The exec client entry (a module initializer) only makes sense in an app.</param>
/// <param name="Host">What kind of .NET host the project builds, which decides what serves the hooks.</param>
internal sealed record ProjectInfo(string AssemblyName, HostKind Host, bool IsExecutable)
{
    /// <summary>The runtime compiles: the project has a .NET host to plug it into.</summary>
    public bool CanEmitRuntime => Host != HostKind.None;

    public static ProjectInfo From(Compilation compilation)
        => new(
            compilation.AssemblyName ?? "app",
            HostOf(compilation),
            IsExecutable: compilation.Options.OutputKind is OutputKind.ConsoleApplication or OutputKind.WindowsApplication);

    public static HostKind HostOf(Compilation compilation)
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

/// <summary>
/// Everything the emitters and the analyzers need: hooks in run order, settings, project facts and
/// the manifest decisions. Built only by <see cref="LifecycleModelBuilder"/>.
/// </summary>
internal sealed record LifecycleModel(
    ProjectInfo Project,
    HookSettings Settings,
    bool HasSettingsAttribute,
    EquatableArray<HookMethodModel> PostStart,
    EquatableArray<HookMethodModel> PreStop,
    ManifestPlan Plan)
{
    public bool HasHooks => !PostStart.IsEmpty || !PreStop.IsEmpty;

}
