using System.Collections.Generic;
using System.Collections.Immutable;
using HookAnalyzers.Analyzers.Internals;
using HookAnalyzers.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace HookAnalyzers.Analyzers.Rules;

/// <summary>
/// HOOK0005: a hook method declared <c>async void</c>, or an <c>async void</c> local function the
/// hook calls. The generated runtime can only await a returned task; with <c>async void</c> the
/// call returns at the first await, the kubelet is told the hook is done, and an exception is
/// rethrown on the thread pool, which ends the process. Async void lambdas are not reported
/// (they are delegates handed to someone else; HOOK0007 covers where they usually go).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class AsyncVoidHookAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = RuleDescriptor.Create(
        DiagnosticIds.AsyncVoidHook,
        title: "Hook code is async void",
        messageFormat: "'{0}' in hook '{1}' is async void: the hook is reported done at its first await, and an exception crashes the process; return Task",
        DiagnosticCategories.Reliability,
        DiagnosticSeverity.Warning,
        description: "The generated runtime awaits the task a hook method returns, then answers the kubelet. An async void method returns at its first await, so the kubelet is told the hook finished while the work still runs (for preStop, SIGTERM and SIGKILL follow and cut it off), and an exception it throws is raised on the thread pool and terminates the process. Declare it async Task.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
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
                context.ReportDiagnostic(Diagnostic.Create(Rule, declaration.ReturnType.GetLocation(), method.Name, HookMethodParser.DisplayName(method)));
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
                context.ReportDiagnostic(Diagnostic.Create(Rule, syntax.ReturnType.GetLocation(), localFunction.Symbol.Name, HookMethodParser.DisplayName(method)));
            }
        }
    }

    private static bool IsAsyncVoid(IMethodSymbol method) => method.IsAsync && method.ReturnsVoid;
}
