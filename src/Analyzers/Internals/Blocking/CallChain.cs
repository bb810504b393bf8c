using System.Collections.Immutable;

namespace HookAnalyzers.Analyzers.Internals.Blocking;

/// <summary>
/// A path from a call in a hook body to the offending API: the methods of the compilation that
/// were followed, then the API itself. Shown in messages as <c>Flush -> WriteAll -> Thread.Sleep</c>.
/// </summary>
internal sealed class CallChain
{
    public CallChain(ImmutableArray<string> methods, string api)
    {
        Methods = methods;
        Api = api;
    }

    /// <summary>The followed methods of the compilation, outermost first; empty for a direct call.</summary>
    public ImmutableArray<string> Methods { get; }

    /// <summary>The blocking (or synchronous) API at the end of the chain.</summary>
    public string Api { get; }

    public bool IsDirect => Methods.IsEmpty;

    public override string ToString() => IsDirect ? Api : string.Join(" -> ", Methods) + " -> " + Api;
}
