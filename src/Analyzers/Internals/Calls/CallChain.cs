using HookAnalyzers.Analyzers.Internals.Knowledge;

namespace HookAnalyzers.Analyzers.Internals.Calls;

/// <summary>
/// A path from a call in a hook body to the offending API: the methods of the compilation that
/// were followed, then the API itself. Shown in messages as <c>Flush -> WriteAll -> Thread.Sleep</c>.
/// </summary>
internal sealed class CallChain
{
    public CallChain(ImmutableArray<string> methods, string api, DurableEffect? effect = null)
    {
        Methods = methods;
        Api = api;
        Effect = effect;
    }

    /// <summary>The followed methods of the compilation, outermost first; empty for a direct call.</summary>
    public ImmutableArray<string> Methods { get; }

    /// <summary>The blocking (or synchronous) API, or the durable effect's reason, at the end of the chain.</summary>
    public string Api { get; }

    /// <summary>For HOOK0009: the effect at the end of the chain.</summary>
    public DurableEffect? Effect { get; }

    public bool IsDirect => Methods.IsEmpty;

    /// <summary><c>Flush -> WriteAll</c>: the followed methods only.</summary>
    public string Path => string.Join(" -> ", Methods);

    public override string ToString() => IsDirect ? Api : Path + " -> " + Api;
}
