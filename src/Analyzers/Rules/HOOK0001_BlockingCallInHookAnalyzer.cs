using System.Collections.Immutable;
using HookAnalyzers.Analyzers.Internals;
using HookAnalyzers.Analyzers.Internals.Blocking;
using HookAnalyzers.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace HookAnalyzers.Analyzers.Rules;

/// <summary>
/// HOOK0001: a thread-blocking call (Thread.Sleep, Task.Wait, .Result, GetAwaiter().GetResult(),
/// WaitHandle.WaitOne, SemaphoreSlim.Wait...) in a hook body, or in a method of the compilation
/// the hook calls (up to <see cref="BlockingCallDepth"/> methods deep). Reported once, at the call
/// in the hook body, with the chain in the message.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BlockingCallInHookAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Diagnostic property: the <see cref="BlockingFixKind"/> the fixer may apply; absent when no fix is safe.</summary>
    public const string FixKindProperty = "FixKind";

    internal static readonly DiagnosticDescriptor Rule = RuleDescriptor.Create(
        DiagnosticIds.BlockingCallInHook,
        title: "Blocking call in a lifecycle hook",
        messageFormat: "{0} blocks a thread in hook '{1}'",
        DiagnosticCategories.Reliability,
        DiagnosticSeverity.Warning,
        description: "The kubelet has no timeout for hooks and a preStop hook spends the pod's grace period. A thread parked in Sleep, Wait or .Result ignores the hook's CancellationToken, so the hook cannot be cut short cleanly and starves the thread pool. Await instead.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        HookRule.RegisterHookBodies(
            context,
            static (compilation, _, _) => new CallGraph(compilation, operation => FindBlocking(operation)?.Display),
            static (block, hook, graph) =>
            {
                var depth = BlockingCallDepth.Read(block.Options, hook.Symbol.DeclaringSyntaxReferences[0].SyntaxTree);
                block.RegisterOperationAction(
                    operation => Analyze(operation, graph, depth, hook.DisplayName),
                    OperationKind.Invocation,
                    OperationKind.PropertyReference,
                    OperationKind.ObjectCreation);
            });
    }

    /// <summary>A blocking API, except reading a task awaited earlier (<c>await Task.WhenAll(a, b); a.Result</c>): it has completed.</summary>
    private static BlockingApi? FindBlocking(IOperation operation)
        => BlockingApis.Find(operation) is { } api
            && !(api.Fix is BlockingFixKind.Result or BlockingFixKind.GetResult or BlockingFixKind.Wait && CompletedTasks.WasAwaitedBefore(operation))
                ? api
                : null;

    private static void Analyze(OperationAnalysisContext context, CallGraph graph, int depth, string hookName)
    {
        var operation = context.Operation;
        if (FindBlocking(operation) is { } api)
        {
            var properties = api.Fix != BlockingFixKind.None && HookBodyPosition.IsDirectlyInHookBody(operation)
                ? ImmutableDictionary<string, string?>.Empty.Add(FixKindProperty, api.Fix.ToString())
                : ImmutableDictionary<string, string?>.Empty;
            context.ReportDiagnostic(Diagnostic.Create(Rule, operation.Syntax.GetLocation(), properties, api.Display, hookName));
            return;
        }

        // The call itself does not block, but the method it runs may; no fix: the hook's call is not the problem.
        if (FollowableCalls.Callee(operation, context.Compilation) is { } callee
            && graph.FindChain(callee, depth, context.CancellationToken) is { } chain)
        {
            context.ReportDiagnostic(Diagnostic.Create(Rule, operation.Syntax.GetLocation(), chain.ToString(), hookName));
        }
    }
}
