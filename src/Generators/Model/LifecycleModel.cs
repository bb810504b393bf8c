using HookAnalyzers.Generators.Helpers;

namespace HookAnalyzers.Generators.Model;

/// <summary>Facts about the compilation the generated code depends on.</summary>
/// <param name="CanEmitRuntime">ASP.NET Core is referenced, so the endpoints compile.</param>
/// <param name="IsExecutable">The exec client entry (a module initializer) only makes sense in an app.</param>
internal sealed record ProjectInfo(string AssemblyName, bool CanEmitRuntime, bool IsExecutable);

/// <summary>Everything the emitters need: hooks in run order, settings and project facts.</summary>
internal sealed record LifecycleModel(
    ProjectInfo Project,
    HookSettings Settings,
    bool HasSettingsAttribute,
    EquatableArray<HookMethodModel> PostStart,
    EquatableArray<HookMethodModel> PreStop)
{
    public bool HasHooks => !PostStart.IsEmpty || !PreStop.IsEmpty;

    public EquatableArray<HookMethodModel> MethodsFor(HookKind kind) => kind == HookKind.PostStart ? PostStart : PreStop;
}
