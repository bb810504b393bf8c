using System.Collections.Immutable;
using HookAnalyzers.Analyzers.Internals;
using HookAnalyzers.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HookAnalyzers.Analyzers.Rules;

/// <summary>
/// HOOK0007: a hook starts a thread, queues thread-pool work, starts a timer or a long-running
/// <c>Task.Factory.StartNew</c> that nothing awaits. The kubelet counts the hook as done when
/// the endpoint answers; after preStop the container gets SIGTERM then SIGKILL, which kill that
/// work wherever it is. No code fix: whether the work should be awaited, moved to a hosted
/// service or dropped is a design decision.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BackgroundWorkStartedAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = RuleDescriptor.Create(
        DiagnosticIds.BackgroundWorkStarted,
        title: "Hook starts background work the kubelet does not wait for",
        messageFormat: "'{0}' in hook '{1}' starts work that outlives the hook: the kubelet does not wait for it, and SIGTERM/SIGKILL may cut it off",
        DiagnosticCategories.Reliability,
        DiagnosticSeverity.Warning,
        description: "Threads, thread-pool items, timers and long-running tasks started by a hook keep running after the hook's endpoint has answered. The kubelet then moves on (after preStop: SIGTERM, then SIGKILL at the grace period), so the work is killed half done and its errors are never reported. Do the work inside the hook and await it, or move it to a hosted service that stops with the host.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        HookRule.RegisterHookBodies(
            context,
            static (compilation, _, _) => EscapeSymbols.Create(compilation),
            static (block, hook, symbols) => block.RegisterOperationAction(body =>
            {
                // The hook's body as one tree (lambdas and local functions included): the finders
                // need the whole body to see whether a task is awaited later.
                foreach (var work in BackgroundWorkFinder.Find(body.Operation, symbols))
                {
                    body.ReportDiagnostic(Diagnostic.Create(Rule, work.Syntax.GetLocation(), EscapeDisplay.Of(work), hook.DisplayName));
                }
            }, OperationKind.MethodBody));
    }
}
