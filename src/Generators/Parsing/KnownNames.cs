namespace HookAnalyzers.Generators.Parsing;

/// <summary>Metadata names the generator and the analyzers look up; one place so they match.</summary>
internal static class KnownNames
{
    public const string AttributeNamespace = "HookAnalyzers";
    public const string PostStartAttribute = "HookAnalyzers.PostStartAttribute";
    public const string PreStopAttribute = "HookAnalyzers.PreStopAttribute";
    public const string LifecycleHooksAttribute = "HookAnalyzers.LifecycleHooksAttribute";

    public const string OrderArgument = "Order";
    public const string TimeoutSecondsArgument = "TimeoutSeconds";

    public const string MsBuildPropertyPrefix = "LifecycleHooks";
    public const string BuildPropertyPrefix = "build_property.";

    public const string WebApplicationBuilder = "Microsoft.AspNetCore.Builder.WebApplicationBuilder";
    /// <summary>The generic host's builder (Microsoft.Extensions.Hosting 8+): with it come HostOptions, DI and logging, all the runtime needs.</summary>
    public const string HostApplicationBuilder = "Microsoft.Extensions.Hosting.HostApplicationBuilder";
    public const string CancellationToken = "System.Threading.CancellationToken";
    public const string Task = "System.Threading.Tasks.Task";
    public const string ValueTask = "System.Threading.Tasks.ValueTask";
    public const string SetsRequiredMembersAttribute = "System.Diagnostics.CodeAnalysis.SetsRequiredMembersAttribute";

    /// <summary>Generated extension methods (for the wiring analyzer).</summary>
    public const string AddLifecycleHooks = "AddLifecycleHooks";
    public const string MapLifecycleHooks = "MapLifecycleHooks";
}
