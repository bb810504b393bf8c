using HookAnalyzers.Generators.Helpers;

namespace HookAnalyzers.Analyzers.Internals;

/// <summary>A valid hook method: the generator's model, its symbol and its [PostStart]/[PreStop] attribute.</summary>
internal sealed record HookEntry(HookMethodModel Model, IMethodSymbol Symbol, AttributeData Attribute);

/// <summary>
/// The whole-project view of the project rules: the <see cref="LifecycleModel"/> the generator
/// builds (same builder, same inputs), the setting problems found on the way, and where each
/// setting and hook was written so a diagnostic can point at it. Built once per compilation by
/// <see cref="ProjectModelCache"/>.
/// </summary>
internal sealed class ProjectModel
{
    private readonly EquatableArray<RawSetting> _fromAttribute;
    private readonly EquatableArray<RawSetting> _fromMsBuild;

    public ProjectModel(
        LifecycleModelResult result,
        ImmutableArray<HookEntry> hooks,
        AttributeData? settingsAttribute,
        EquatableArray<RawSetting> fromAttribute,
        EquatableArray<RawSetting> fromMsBuild)
    {
        Model = result.Model;
        SettingProblems = result.SettingProblems;
        Hooks = hooks;
        SettingsAttribute = settingsAttribute;
        _fromAttribute = fromAttribute;
        _fromMsBuild = fromMsBuild;
    }

    public LifecycleModel Model { get; }

    public HookSettings Settings => Model.Settings;

    public ManifestPlan Plan => Model.Plan;

    public EquatableArray<SettingProblem> SettingProblems { get; }

    /// <summary>The valid hook methods with their symbols, to place diagnostics on them.</summary>
    public ImmutableArray<HookEntry> Hooks { get; }

    /// <summary>The assembly's <c>[LifecycleHooks]</c> attribute, if written.</summary>
    public AttributeData? SettingsAttribute { get; }

    /// <summary>
    /// The project uses HookAnalyzers: it has a valid hook method or writes <c>[assembly: LifecycleHooks]</c>
    /// (the generator's opt-in). MSBuild properties alone do not count: a Directory.Build.props may set
    /// them for every project of a repository, including libraries without hooks.
    /// </summary>
    public bool IsOptedIn => Model.HasHooks || Model.HasSettingsAttribute;

    /// <summary>Where the value in effect came from: MSBuild wins over the attribute.</summary>
    public SettingSource SourceOf(string name)
        => _fromMsBuild.Any(s => s.Name == name) ? SettingSource.MsBuild
            : _fromAttribute.Any(s => s.Name == name) ? SettingSource.Attribute
            : SettingSource.Default;

    /// <summary>The setting as the user wrote it: <c>DrainDelaySeconds</c>, or <c>LifecycleHooksDrainDelaySeconds</c> for MSBuild.</summary>
    public string Label(string name) => SourceOf(name) == SettingSource.MsBuild ? SettingNames.MsBuildProperty(name) : name;

    /// <summary>
    /// The <c>Name = value</c> argument of <c>[assembly: LifecycleHooks]</c> when the value in effect
    /// came from it; <see cref="Location.None"/> for MSBuild properties and defaults (they have no source line).
    /// </summary>
    public Location LocationOf(string name, CancellationToken cancellationToken)
        => SourceOf(name) == SettingSource.Attribute ? AttributeArguments.LocationOf(SettingsAttribute, name, cancellationToken) : Location.None;
}
