using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HookAnalyzers.Analyzers.Internals;

/// <summary>Runs an action over the operation blocks of [PostStart]/[PreStop] methods only.</summary>
internal static class HookBodies
{
    public static void Register(CompilationStartAnalysisContext context, HookSymbols symbols, Action<OperationBlockAnalysisContext, IMethodSymbol> onHookBody)
        => context.RegisterOperationBlockAction(blockContext =>
        {
            if (blockContext.OwningSymbol is IMethodSymbol method && symbols.IsHook(method))
            {
                onHookBody(blockContext, method);
            }
        });
}
