using HookAnalyzers.Generators.Helpers;

namespace HookAnalyzers.Generators.Model;

/// <summary>How a hook method hands back its work.</summary>
internal enum HookReturnKind
{
    Void,
    Task,
    ValueTask,
}

/// <summary>What the generated code passes for one parameter.</summary>
internal enum HookParameterKind
{
    CancellationToken,
    /// <summary>Resolved with GetRequiredService.</summary>
    RequiredService,
    /// <summary>Nullable annotated or has a default value: resolved with GetService.</summary>
    OptionalService,
}

internal sealed record HookParameterModel(HookParameterKind Kind, string TypeName);

/// <summary>
/// How the generated code obtains the instance for an instance hook method: from DI when
/// registered, otherwise by calling this constructor with services (no ActivatorUtilities, so
/// no reflection). <see cref="Parameters"/> is empty for a parameterless constructor.
/// When <see cref="CanConstruct"/> is false the type must be registered in DI.
/// </summary>
internal sealed record HookConstructorModel(bool CanConstruct, EquatableArray<HookParameterModel> Parameters);

/// <summary>
/// One method marked [PostStart] or [PreStop], reduced to strings and values: no symbols,
/// syntax or locations, so the pipeline can compare it by value and cache it.
/// </summary>
/// <param name="DisplayName">Short name used in logs, JSON and manifests: <c>Type.Method</c>.</param>
/// <param name="SortKey">Fully qualified name, the tie-breaker after <see cref="Order"/>.</param>
/// <param name="TimeoutSeconds">From the attribute; null means the configured default.</param>
internal sealed record HookMethodModel(
    HookKind Kind,
    string ContainingTypeName,
    string MethodName,
    string DisplayName,
    string SortKey,
    bool IsStatic,
    HookReturnKind ReturnKind,
    int Order,
    int? TimeoutSeconds,
    EquatableArray<HookParameterModel> Parameters,
    HookConstructorModel? Constructor);
