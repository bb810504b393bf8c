using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace HookAnalyzers.Analyzers.Rules;

/// <summary>
/// HOOK0005: a hook method declared <c>async void</c>, or an <c>async void</c> local function the
/// hook calls. The generated runtime can only await a returned task; with <c>async void</c> the
/// call returns at the first await, the kubelet is told the hook is done, and an exception is
/// rethrown on the thread pool, which ends the process. Async void lambdas are not reported
/// (they are delegates handed to someone else; HOOK0007 covers where they usually go).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AsyncVoidHookAnalyzer() : HookAnalyzer(DiagnosticDescriptors.AsyncVoidHook)
{
    private protected override void Register(AnalysisContext context)
    {
        HookRule.RegisterHookMethods(context, AnalyzeHookMethod);
        HookRule.RegisterHookBlocks(context, AnalyzeLocalFunctions);
    }

    private static void AnalyzeHookMethod(SymbolAnalysisContext context, HookMethod hook)
    {
        var method = hook.Symbol;
        if (!IsAsyncVoid(method))
        {
            return;
        }

        foreach (var reference in method.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(context.CancellationToken) is MethodDeclarationSyntax declaration)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.AsyncVoidHook, declaration.ReturnType.GetLocation(), method.Name, HookMethodParser.DisplayName(method)));
            }
        }
    }

    /// <summary>Async void local functions declared in the hook and called by it.</summary>
    private static void AnalyzeLocalFunctions(OperationBlockAnalysisContext context, HookMethod hook)
    {
        var method = hook.Symbol;
        var declared = new List<ILocalFunctionOperation>();
        var called = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);
        foreach (var body in context.OperationBlocks)
        {
            foreach (var operation in body.DescendantsAndSelf())
            {
                if (operation is ILocalFunctionOperation localFunction && IsAsyncVoid(localFunction.Symbol))
                {
                    declared.Add(localFunction);
                }
                else if (operation is IInvocationOperation { TargetMethod.MethodKind: MethodKind.LocalFunction } invocation)
                {
                    called.Add(invocation.TargetMethod.OriginalDefinition);
                }
            }
        }

        foreach (var localFunction in declared)
        {
            if (called.Contains(localFunction.Symbol) && localFunction.Syntax is LocalFunctionStatementSyntax syntax)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.AsyncVoidHook, syntax.ReturnType.GetLocation(), localFunction.Symbol.Name, HookMethodParser.DisplayName(method)));
            }
        }
    }

    private static bool IsAsyncVoid(IMethodSymbol method) => method.IsAsync && method.ReturnsVoid;
}
