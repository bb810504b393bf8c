using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace HookAnalyzers.Analyzers.Internals.Blocking;

/// <summary>
/// Follows calls from a hook body into the compilation's own methods to find an offending API
/// (a blocking call for HOOK0001, a synchronous API with an async twin for HOOK0002).
/// One instance lives in a compilation-start closure: each method body is read once per
/// compilation however many hooks call it, and chains are cached per (method, depth).
/// </summary>
internal sealed class CallGraph
{
    /// <summary>Upper bound on methods visited from one call site: keeps the IDE fast on huge call graphs.</summary>
    private const int MaxMethodsPerSearch = 512;

    private static readonly CallChain NotFound = new(ImmutableArray<string>.Empty, string.Empty);

    private readonly Compilation _compilation;
    private readonly Func<IOperation, string?> _findApi;
    private readonly ConcurrentDictionary<IMethodSymbol, MethodSummary> _summaries = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<int, ConcurrentDictionary<IMethodSymbol, CallChain>> _chainsByDepth = new();
    private readonly ConcurrentDictionary<SyntaxTree, SemanticModel> _models = new();

    /// <param name="findApi">Returns what the message shows for an offending operation, or null.</param>
    public CallGraph(Compilation compilation, Func<IOperation, string?> findApi)
    {
        _compilation = compilation;
        _findApi = findApi;
    }

    /// <summary>
    /// The shortest chain from <paramref name="callee"/> (called from a hook body) to an offending
    /// API, with at most <paramref name="depth"/> methods of the compilation on it; null if none.
    /// Recursion terminates because each method is visited once per search.
    /// </summary>
    public CallChain? FindChain(IMethodSymbol callee, int depth, CancellationToken cancellationToken)
    {
        if (depth <= 0)
        {
            return null;
        }

        var cache = _chainsByDepth.GetOrAdd(depth, _ => new ConcurrentDictionary<IMethodSymbol, CallChain>(SymbolEqualityComparer.Default));
        if (!cache.TryGetValue(callee, out var chain))
        {
            chain = Search(callee, depth, cancellationToken) ?? NotFound;
            cache.TryAdd(callee, chain);
        }

        return ReferenceEquals(chain, NotFound) ? null : chain;
    }

    /// <summary>Breadth first, so the message shows the shortest way to the API.</summary>
    private CallChain? Search(IMethodSymbol start, int depth, CancellationToken cancellationToken)
    {
        var visited = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default) { start };
        var queue = new Queue<(IMethodSymbol Method, ImmutableArray<string> Path)>();
        queue.Enqueue((start, ImmutableArray.Create(FollowableCalls.DisplayName(start))));
        while (queue.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (method, path) = queue.Dequeue();
            var summary = Summarize(method, cancellationToken);
            if (summary.Api is not null)
            {
                return new CallChain(path, summary.Api);
            }

            if (path.Length >= depth)
            {
                continue;
            }

            foreach (var next in summary.Callees)
            {
                if (visited.Count < MaxMethodsPerSearch && visited.Add(next))
                {
                    queue.Enqueue((next, path.Add(FollowableCalls.DisplayName(next))));
                }
            }
        }

        return null;
    }

    private MethodSummary Summarize(IMethodSymbol method, CancellationToken cancellationToken)
        => _summaries.GetOrAdd(method, m => ReadBody(m, cancellationToken));

    /// <summary>The first offending API in the body (source order) and the calls it makes that can be followed.</summary>
    private MethodSummary ReadBody(IMethodSymbol method, CancellationToken cancellationToken)
    {
        string? api = null;
        var callees = new List<IMethodSymbol>();
        var seen = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
        foreach (var reference in method.DeclaringSyntaxReferences)
        {
            var node = reference.GetSyntax(cancellationToken);
            var model = _models.GetOrAdd(node.SyntaxTree, GetSemanticModel);
            if (model.GetOperation(node, cancellationToken) is not { } body)
            {
                continue;
            }

            foreach (var operation in body.DescendantsAndSelf())
            {
                if (_findApi(operation) is { } found)
                {
                    api ??= found;
                }
                else if (FollowableCalls.Callee(operation, _compilation) is { } callee && seen.Add(callee))
                {
                    callees.Add(callee);
                }
            }
        }

        return new MethodSummary(api, callees.ToImmutableArray());
    }

#pragma warning disable RS1030 // A callee's body lives in another syntax tree; no analysis context offers its semantic model. One model per tree per compilation (cached above).
    private SemanticModel GetSemanticModel(SyntaxTree tree) => _compilation.GetSemanticModel(tree);
#pragma warning restore RS1030

    private sealed class MethodSummary
    {
        public MethodSummary(string? api, ImmutableArray<IMethodSymbol> callees)
        {
            Api = api;
            Callees = callees;
        }

        public string? Api { get; }

        public ImmutableArray<IMethodSymbol> Callees { get; }
    }
}
