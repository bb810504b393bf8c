namespace HookAnalyzers.Analyzers.Rules;

/// <summary>
/// HOOK0007: a hook starts a thread, queues thread-pool work, starts a timer or a long-running
/// <c>Task.Factory.StartNew</c> that nothing awaits. The kubelet counts the hook as done when
/// the endpoint answers; after preStop the container gets SIGTERM then SIGKILL, which kill that
/// work wherever it is. No code fix: whether the work should be awaited, moved to a hosted
/// service or dropped is a design decision.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BackgroundWorkStartedAnalyzer() : HookAnalyzer(DiagnosticDescriptors.BackgroundWorkStarted)
{
    private protected override void Register(AnalysisContext context)
        => HookRule.RegisterHookBodies(
            context,
            static (compilation, _, _) => EscapeSymbols.Create(compilation),
            static (block, hook, symbols) => block.RegisterOperationAction(body =>
            {
                // The hook's body as one tree (lambdas and local functions included): the finders
                // need the whole body to see whether a task is awaited later.
                foreach (var work in BackgroundWorkFinder.Find(body.Operation, symbols))
                {
                    body.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.BackgroundWorkStarted, work.Syntax.GetLocation(), EscapeDisplay.Of(work), hook.DisplayName));
                }
            }, OperationKind.MethodBody));
}
