// RS1012 takes the symbol selectors (block => block.OwningSymbol) for start actions that register
// nothing: they only read the symbol, and the rule's own callback registers the actions.
#pragma warning disable RS1012

namespace HookAnalyzers.Analyzers.Internals;

/// <summary>A [PostStart] or [PreStop] method as the rules see it.</summary>
internal sealed record HookMethod(IMethodSymbol Symbol, HookKind Kind, AttributeData Attribute)
{
    /// <summary><c>Type.Method</c>, as in the generated logs and JSON.</summary>
    public string DisplayName { get; } = HookMethodParser.DisplayName(Symbol);
}

/// <summary>
/// The one registration vocabulary of the rules: hook bodies (operations inside hook methods), hook
/// methods (the declarations) and the project (the model the generator builds). Nothing is registered
/// when the compilation has no hook attributes, so a project without hooks pays one metadata lookup.
/// Called from <see cref="HookAnalyzer.Register"/>.
/// </summary>
internal static class HookRule
{
    /// <summary>For rules without per-compilation state.</summary>
    private static readonly object NoState = new();

    /// <summary>
    /// Lets the rule register operation actions for the bodies of hook methods only, from an
    /// operation-block-start action. (A symbol-start action per method was measured too: about 1.5
    /// times the time and allocations, from the driver's per-symbol state; see docs/performance.md.)
    /// </summary>
    /// <param name="createState">Per-compilation state of the rule (caches, resolved types); null skips the compilation.</param>
    /// <param name="onHook">Registers the rule's actions for one hook method.</param>
    public static void RegisterHookBodies<TState>(
        AnalysisContext context,
        Func<Compilation, AnalyzerOptions, HookSymbols, TState?> createState,
        Action<OperationBlockStartAnalysisContext, HookMethod, TState> onHook)
        where TState : class
        => OnHookCompilation(context, createState, (start, hooks, state)
            => start.RegisterOperationBlockStartAction(ForHooks(hooks, static block => block.OwningSymbol, onHook, state)));

    public static void RegisterHookBodies(AnalysisContext context, Action<OperationBlockStartAnalysisContext, HookMethod> onHook)
        => RegisterHookBodies(context, static (_, _, _) => NoState, (block, hook, _) => onHook(block, hook));

    /// <summary>For rules that look at a hook's whole body at once: one call per hook method's operation block.</summary>
    public static void RegisterHookBlocks<TState>(
        AnalysisContext context,
        Func<Compilation, AnalyzerOptions, HookSymbols, TState?> createState,
        Action<OperationBlockAnalysisContext, HookMethod, TState> onBody)
        where TState : class
        => OnHookCompilation(context, createState, (start, hooks, state)
            => start.RegisterOperationBlockAction(ForHooks(hooks, static block => block.OwningSymbol, onBody, state)));

    public static void RegisterHookBlocks(AnalysisContext context, Action<OperationBlockAnalysisContext, HookMethod> onBody)
        => RegisterHookBlocks(context, static (_, _, _) => NoState, (block, hook, _) => onBody(block, hook));

    /// <summary>Runs <paramref name="onHook"/> for each method marked [PostStart] or [PreStop], valid or not.</summary>
    public static void RegisterHookMethods(AnalysisContext context, Action<SymbolAnalysisContext, HookMethod> onHook)
        => OnHookCompilation(context, static (_, _, _) => NoState, (start, hooks, state)
            => start.RegisterSymbolAction(ForHooks<SymbolAnalysisContext, object>(hooks, static symbol => symbol.Symbol, (symbol, hook, _) => onHook(symbol, hook), state), SymbolKind.Method));

    /// <summary>
    /// Calls <paramref name="onProject"/> once for the whole compilation with the project model, when it
    /// <see cref="ProjectModel.IsOptedIn"/>: settings-based rules say nothing about projects that do
    /// not use hooks at all. The model is built once per compilation for all rules (<see cref="ProjectModelCache"/>).
    /// The findings are reported in the document they point at (<see cref="DocumentScope"/>), so they
    /// show while typing; findings without a place in a document (an MSBuild property) at compilation end.
    /// </summary>
    public static void RegisterProject(AnalysisContext context, Action<ProjectFindings, ProjectModel> onProject)
        => context.RegisterCompilationStartAction(start => DocumentScope.Register(
            start,
            cancellationToken =>
            {
                if (ProjectModelCache.Get(start.Compilation, start.Options, cancellationToken) is not { IsOptedIn: true } project)
                {
                    return ImmutableArray<Diagnostic>.Empty;
                }

                var findings = new ProjectFindings(cancellationToken);
                onProject(findings, project);
                return findings.ToImmutable();
            },
            outsideDocuments: true));

    /// <summary>An action that calls <paramref name="onHook"/> when the context's symbol is a method marked [PostStart] or [PreStop].</summary>
    private static Action<TContext> ForHooks<TContext, TState>(
        HookSymbols hooks,
        Func<TContext, ISymbol> symbolOf,
        Action<TContext, HookMethod, TState> onHook,
        TState state)
        => context =>
        {
            if (symbolOf(context) is IMethodSymbol method && hooks.GetHook(method) is { } hook)
            {
                onHook(context, new HookMethod(method, hook.Kind, hook.Attribute), state);
            }
        };

    private static void OnHookCompilation<TState>(
        AnalysisContext context,
        Func<Compilation, AnalyzerOptions, HookSymbols, TState?> createState,
        Action<CompilationStartAnalysisContext, HookSymbols, TState> register)
        where TState : class
        => context.RegisterCompilationStartAction(start =>
        {
            if (HookSymbols.TryCreate(start.Compilation) is { } hooks && createState(start.Compilation, start.Options, hooks) is { } state)
            {
                register(start, hooks, state);
            }
        });
}
