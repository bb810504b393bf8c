namespace HookAnalyzers.Analyzers;

/// <summary>Categories of the rules; the meta test checks every descriptor uses one of these.</summary>
public static class DiagnosticCategories
{
    /// <summary>Hook bodies that block, hang or let work escape the hook.</summary>
    public const string Reliability = "Reliability";

    /// <summary>Hooks that are unsafe when the kubelet delivers them twice.</summary>
    public const string Idempotency = "Idempotency";

    /// <summary>Signatures and the AddLifecycleHooks/MapLifecycleHooks wiring.</summary>
    public const string Usage = "Usage";

    /// <summary>Settings, time budget, handlers and the container image.</summary>
    public const string Configuration = "Configuration";

    public static readonly string[] All = { Reliability, Idempotency, Usage, Configuration };
}
