namespace HookAnalyzers.Analyzers.Internals.Calls;

/// <summary>
/// One hook as the interprocedural rules (HOOK0001, HOOK0002, HOOK0009) see it: the compilation's
/// call graph, the configured call depth and the hook's name. Each rule first asks the graph's
/// <see cref="HookCallGraph.Knowledge"/> about the operation itself, then <see cref="ChainFrom"/>
/// about the methods it calls.
/// </summary>
internal sealed class HookCalls
{
    private readonly int depth;

    private HookCalls(HookCallGraph graph, int depth, string hookName)
    {
        Graph = graph;
        this.depth = depth;
        HookName = hookName;
    }

    public HookCallGraph Graph { get; }

    /// <summary><c>Type.Method</c> of the hook.</summary>
    public string HookName { get; }

    /// <summary>Runs <paramref name="analyze"/> for every call, property read and object creation in a hook body.</summary>
    public static void RegisterCallSites(AnalysisContext context, Action<OperationAnalysisContext, HookCalls> analyze)
        => HookRule.RegisterHookBodies(
            context,
            static (compilation, options, _) => HookCallGraph.For(compilation, options),
            (block, hook, graph) =>
            {
                var calls = For(graph, hook, block.Options);
                block.RegisterOperationAction(
                    operation => analyze(operation, calls),
                    OperationKind.Invocation,
                    OperationKind.PropertyReference,
                    OperationKind.ObjectCreation);
            });

    /// <summary>Runs <paramref name="analyze"/> once per hook body, for rules that need the whole body at once.</summary>
    public static void RegisterHookBlocks(AnalysisContext context, Action<OperationBlockAnalysisContext, HookCalls> analyze)
        => HookRule.RegisterHookBlocks(
            context,
            static (compilation, options, _) => HookCallGraph.For(compilation, options),
            (block, hook, graph) => analyze(block, For(graph, hook, block.Options)));

    /// <summary>
    /// The chain from the method <paramref name="operation"/> calls to a <paramref name="finding"/>,
    /// when it calls one of the compilation's methods that leads to one within the call depth.
    /// </summary>
    public CallChain? ChainFrom(IOperation operation, Compilation compilation, Finding finding, CancellationToken cancellationToken)
        => FollowableCalls.Callee(operation, compilation) is { } callee
            ? Graph.FindChain(callee, depth, finding, cancellationToken)
            : null;

    private static HookCalls For(HookCallGraph graph, HookMethod hook, AnalyzerOptions options)
        => new(graph, CallDepth.Read(options, hook.Symbol.DeclaringSyntaxReferences[0].SyntaxTree), hook.DisplayName);
}
