using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using HookAnalyzers.Analyzers.Rules;
using HookAnalyzers.Analyzers.Internals.Knowledge;

namespace HookAnalyzers.Analyzers.Internals.Calls;

/// <summary>What an interprocedural rule looks for at the end of a chain.</summary>
internal enum Finding
{
    /// <summary>HOOK0001: a thread-blocking call.</summary>
    Blocking,

    /// <summary>HOOK0002: a synchronous call with an async twin.</summary>
    SyncTwin,

    /// <summary>HOOK0009: an unguarded durable effect (guarded calls are not followed).</summary>
    Effect,
}

/// <summary>
/// Follows calls from hook bodies into the compilation's own methods for HOOK0001, HOOK0002 and
/// HOOK0009. One instance per compilation, shared by the three rules: each method body is bound
/// and read once, for all three findings at once, however many hooks and rules reach it; chains
/// are cached per (finding, depth, method). The walk is bounded by the depth option only.
/// </summary>
internal sealed class HookCallGraph
{
    private static readonly ConditionalWeakTable<Compilation, HookCallGraph> PerCompilation = new();
    private static readonly CallChain NotFound = new(ImmutableArray<string>.Empty, string.Empty);

    private readonly Compilation _compilation;
    private readonly ConcurrentDictionary<IMethodSymbol, MethodFacts> _facts = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<(Finding, int), ConcurrentDictionary<IMethodSymbol, CallChain>> _chains = new();
    private readonly ConcurrentDictionary<SyntaxTree, SemanticModel> _models = new();

    private HookCallGraph(Compilation compilation, AnalyzerConfigOptionsProvider options)
    {
        _compilation = compilation;
        Knowledge = new HookKnowledge(compilation, options);
    }

    /// <summary>What the three rules recognise in a body; the rules use it for the hook body too.</summary>
    public HookKnowledge Knowledge { get; }

    /// <summary>The graph of this compilation, created by the first rule that asks.</summary>
    public static HookCallGraph For(Compilation compilation, AnalyzerOptions options)
        => PerCompilation.GetValue(compilation, c => new HookCallGraph(c, options.AnalyzerConfigOptionsProvider));

    /// <summary>
    /// The shortest chain from <paramref name="callee"/> (called from a hook body) to a
    /// <paramref name="finding"/>, with at most <paramref name="depth"/> methods of the compilation on
    /// it; null if none. Recursion terminates because each method is visited once per search.
    /// </summary>
    public CallChain? FindChain(IMethodSymbol callee, int depth, Finding finding, CancellationToken cancellationToken)
    {
        if (depth <= 0)
        {
            return null;
        }

        var cache = _chains.GetOrAdd((finding, depth), _ => new ConcurrentDictionary<IMethodSymbol, CallChain>(SymbolEqualityComparer.Default));
        if (!cache.TryGetValue(callee, out var chain))
        {
            chain = Search(callee, depth, finding, cancellationToken) ?? NotFound;
            cache.TryAdd(callee, chain);
        }

        return ReferenceEquals(chain, NotFound) ? null : chain;
    }

    /// <summary>Breadth first, so the message shows the shortest way to the finding.</summary>
    private CallChain? Search(IMethodSymbol start, int depth, Finding finding, CancellationToken cancellationToken)
    {
        var visited = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default) { start };
        var queue = new Queue<(IMethodSymbol Method, ImmutableArray<string> Path)>();
        queue.Enqueue((start, ImmutableArray.Create(FollowableCalls.DisplayName(start))));
        while (queue.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (method, path) = queue.Dequeue();
            var facts = _facts.GetOrAdd(method, m => Read(m, cancellationToken));
            if (facts.Find(finding) is { } found)
            {
                return new CallChain(path, found, finding == Finding.Effect ? facts.Effect : null);
            }

            if (path.Length >= depth)
            {
                continue;
            }

            foreach (var next in facts.Callees)
            {
                if (!(finding == Finding.Effect && next.Guarded) && visited.Add(next.Method))
                {
                    queue.Enqueue((next.Method, path.Add(FollowableCalls.DisplayName(next.Method))));
                }
            }
        }

        return null;
    }

    /// <summary>The first finding of each kind in the body (source order) and the calls it makes that can be followed.</summary>
    private MethodFacts Read(IMethodSymbol method, CancellationToken cancellationToken)
    {
        string? blocking = null;
        string? twin = null;
        DurableEffect? effect = null;
        var callees = new List<Callee>();
        var seen = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
        foreach (var reference in method.DeclaringSyntaxReferences)
        {
            var node = reference.GetSyntax(cancellationToken);
            var model = _models.GetOrAdd(node.SyntaxTree, GetSemanticModel);
            if (model.GetOperation(node, cancellationToken) is not { } body)
            {
                continue;
            }

            var operations = new List<IOperation>(body.DescendantsAndSelf());
            var bodyFacts = DurableEffects.BodyFacts.Of(operations);
            foreach (var operation in operations)
            {
                if (Knowledge.FindBlocking(operation) is { } api)
                {
                    blocking ??= api.Display;
                    continue;
                }

                if (Knowledge.FindTwin(operation) is { } found)
                {
                    twin ??= found.Display;
                }

                if (effect is null && Knowledge.FindEffect(operation, bodyFacts) is { } durable && !EffectGuards.IsGuarded(operation))
                {
                    effect = durable;
                }

                if (FollowableCalls.Callee(operation, _compilation) is { } callee && seen.Add(callee))
                {
                    callees.Add(new Callee(callee, EffectGuards.IsGuarded(operation)));
                }
            }
        }

        return new MethodFacts(blocking, twin, effect, callees.ToImmutableArray());
    }

#pragma warning disable RS1030 // A callee's body lives in another syntax tree; no analysis context offers its semantic model. One model per tree per compilation (cached above).
    private SemanticModel GetSemanticModel(SyntaxTree tree) => _compilation.GetSemanticModel(tree);
#pragma warning restore RS1030

    private readonly struct Callee
    {
        public Callee(IMethodSymbol method, bool guarded)
        {
            Method = method;
            Guarded = guarded;
        }

        public IMethodSymbol Method { get; }

        /// <summary>The call sits behind a guard (HOOK0009 does not follow it).</summary>
        public bool Guarded { get; }
    }

    private sealed class MethodFacts
    {
        public MethodFacts(string? blocking, string? twin, DurableEffect? effect, ImmutableArray<Callee> callees)
        {
            Blocking = blocking;
            Twin = twin;
            Effect = effect;
            Callees = callees;
        }

        public string? Blocking { get; }

        public string? Twin { get; }

        public DurableEffect? Effect { get; }

        public ImmutableArray<Callee> Callees { get; }

        public string? Find(Finding finding) => finding switch
        {
            Finding.Blocking => Blocking,
            Finding.SyncTwin => Twin,
            _ => Effect?.Reason,
        };
    }
}
