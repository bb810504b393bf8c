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
/// no hook attributes; otherwise a symbol-start action per method lets the rule register its
/// operation actions for hook methods only, so ordinary methods get no operation actions from
/// these rules (their operation trees are not built for them).
/// </summary>
internal static class HookMethodActions
{
    /// <param name="createState">Per-compilation state of the rule (caches, resolved types); null skips the compilation.</param>
    /// <param name="onHook">Registers the rule's actions for one hook method.</param>
    public static void Register<TState>(
        AnalysisContext context,
        Func<Compilation, AnalyzerOptions, HookSymbols, TState?> createState,
        Action<SymbolStartAnalysisContext, HookMethod, TState> onHook)
        where TState : class
    {
        context.RegisterCompilationStartAction(start =>
        {
            if (HookSymbols.TryCreate(start.Compilation) is not { } hooks || createState(start.Compilation, start.Options, hooks) is not { } state)
            {
                return;
            }

            start.RegisterSymbolStartAction(
                symbolStart =>
                {
                    if (symbolStart.Symbol is IMethodSymbol method && hooks.GetHook(method) is { } hook)
                    {
                        onHook(symbolStart, new HookMethod(method, hook.Kind, hook.Attribute), state);
                    }
                },
                SymbolKind.Method);
        });
    }

    /// <summary>For rules without per-compilation state.</summary>
    public static readonly object NoState = new();
}
