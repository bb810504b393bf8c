using System;
using HookAnalyzers.Generators.Model;
using HookAnalyzers.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HookAnalyzers.Analyzers.Internals;

/// <summary>A [PostStart] or [PreStop] method as the body rules see it.</summary>
internal sealed record HookMethod(IMethodSymbol Symbol, HookKind Kind, AttributeData Attribute)
{
    /// <summary><c>Type.Method</c>, as in the generated logs and JSON.</summary>
    public string DisplayName { get; } = HookMethodParser.DisplayName(Symbol);
}

/// <summary>
/// The registration every hook-body rule shares. Nothing is registered when the compilation has
/// no hook attributes; otherwise an operation-block-start action lets the rule register its
/// operation actions for the bodies of hook methods only. (A symbol-start action per method was
/// measured too: about 1.5 times the time and allocations, from the driver's per-symbol state;
/// see docs/performance.md.)
/// </summary>
internal static class HookMethodActions
{
    /// <param name="createState">Per-compilation state of the rule (caches, resolved types); null skips the compilation.</param>
    /// <param name="onHook">Registers the rule's actions for one hook method.</param>
    public static void Register<TState>(
        AnalysisContext context,
        Func<Compilation, AnalyzerOptions, HookSymbols, TState?> createState,
        Action<OperationBlockStartAnalysisContext, HookMethod, TState> onHook)
        where TState : class
    {
        context.RegisterCompilationStartAction(start =>
        {
            if (HookSymbols.TryCreate(start.Compilation) is not { } hooks || createState(start.Compilation, start.Options, hooks) is not { } state)
            {
                return;
            }

            start.RegisterOperationBlockStartAction(block =>
            {
                if (block.OwningSymbol is IMethodSymbol method && hooks.GetHook(method) is { } hook)
                {
                    onHook(block, new HookMethod(method, hook.Kind, hook.Attribute), state);
                }
            });
        });
    }

    /// <summary>For rules without per-compilation state.</summary>
    public static readonly object NoState = new();
}
