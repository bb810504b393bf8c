namespace HookAnalyzers.Generators;

/// <summary>Tracking names of the pipeline steps, asserted by the caching tests.</summary>
public static class StepNames
{
    public const string PostStartMethods = nameof(PostStartMethods);
    public const string PreStopMethods = nameof(PreStopMethods);
    public const string AttributeSettings = nameof(AttributeSettings);
    public const string MsBuildSettings = nameof(MsBuildSettings);
    public const string Project = nameof(Project);
    public const string Model = nameof(Model);
    public const string ContainerLayout = nameof(ContainerLayout);
    public const string Manifest = nameof(Manifest);
}
