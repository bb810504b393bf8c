using HookAnalyzers.Generators.Helpers;
using Microsoft.CodeAnalysis;

namespace HookAnalyzers.Generators.Model;

/// <summary>Facts about the compilation the generated code depends on.</summary>
/// <param name="CanEmitRuntime">ASP.NET Core is referenced, so the endpoints compile.</param>
/// <param name="IsExecutable">The exec client entry (a module initializer) only makes sense in an app.</param>
internal sealed record ProjectInfo(string AssemblyName, bool CanEmitRuntime, bool IsExecutable)
{
    public static ProjectInfo From(Compilation compilation)
        => new(
            compilation.AssemblyName ?? "app",
            CanEmitRuntime: compilation.GetTypeByMetadataName(Parsing.KnownNames.WebApplicationBuilder) is not null,
            IsExecutable: compilation.Options.OutputKind is OutputKind.ConsoleApplication or OutputKind.WindowsApplication);
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

    public EquatableArray<HookMethodModel> MethodsFor(HookKind kind) => kind == HookKind.PostStart ? PostStart : PreStop;
}
