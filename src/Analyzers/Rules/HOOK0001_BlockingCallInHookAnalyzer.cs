using System.Collections.Immutable;
using HookAnalyzers.Analyzers.Internals;
using HookAnalyzers.Analyzers.Internals.Blocking;
using HookAnalyzers.Analyzers.Internals.Calls;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HookAnalyzers.Analyzers.Rules;

/// <summary>
/// HOOK0001: a thread-blocking call (Thread.Sleep, Task.Wait, .Result, GetAwaiter().GetResult(),
/// WaitHandle.WaitOne, SemaphoreSlim.Wait, library calls documented to block, the user's
/// <c>hookanalyzers.blocking_methods</c>) in a hook body, or in a method of the compilation the
/// hook calls (up to <see cref="CallDepth"/> methods deep). Reported once, at the call in the hook
/// body, with the chain in the message. Tasks proven complete are not reported (<see cref="CompletedTasks"/>).
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
            static (compilation, options, _) => HookCallGraph.For(compilation, options),
            static (block, hook, graph) =>
            {
                var depth = CallDepth.Read(block.Options, hook.Symbol.DeclaringSyntaxReferences[0].SyntaxTree);
                block.RegisterOperationAction(
                    operation => Analyze(operation, graph, depth, hook.DisplayName),
                    OperationKind.Invocation,
                    OperationKind.PropertyReference,
                    OperationKind.ObjectCreation);
            });
    }

    private static void Analyze(OperationAnalysisContext context, HookCallGraph graph, int depth, string hookName)
    {
        var operation = context.Operation;
        if (graph.Knowledge.FindBlocking(operation) is { } api)
        {
            var properties = api.Fix != BlockingFixKind.None && HookBodyPosition.IsDirectlyInHookBody(operation)
                ? ImmutableDictionary<string, string?>.Empty.Add(FixKindProperty, api.Fix.ToString())
                : ImmutableDictionary<string, string?>.Empty;
            context.ReportDiagnostic(Diagnostic.Create(Rule, MemberLocation.Of(operation), properties, api.Display, hookName));
            return;
        }

        // The call itself does not block, but the method it runs may; no fix: the hook's call is not the problem.
        if (FollowableCalls.Callee(operation, context.Compilation) is { } callee
            && graph.FindChain(callee, depth, Finding.Blocking, context.CancellationToken) is { } chain)
        {
            context.ReportDiagnostic(Diagnostic.Create(Rule, MemberLocation.Of(operation), chain.ToString(), hookName));
        }
    }
}
