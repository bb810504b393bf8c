namespace HookAnalyzers.Analyzers.Rules;

/// <summary>
/// HOOK0006: a task created in a hook body and never awaited. The generated runtime awaits the
/// hook method's task and then answers the kubelet, so a task the method lets go is still
/// running when the kubelet moves on (for preStop: SIGTERM, then SIGKILL) and its failure is
/// never seen. Long-running <c>Task.Factory.StartNew</c> is left to HOOK0007 (one rule per expression).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnawaitedTaskAnalyzer() : HookAnalyzer(DiagnosticDescriptors.UnawaitedTask)
{
    /// <summary>Diagnostic property: "Discarded" (fixable by awaiting) or "StoredInUnreadLocal" (no fix).</summary>
    public const string KindProperty = "Kind";

    private protected override void Register(AnalysisContext context)
    {
        HookRule.RegisterHookBodies(
            context,
            static (compilation, _, _) => EscapeSymbols.Create(compilation),
            static (block, hook, symbols) => block.RegisterOperationAction(body =>
            {
                // The hook's body as one tree (lambdas and local functions included): the finders
                // need the whole body to see whether a task is awaited later.
                foreach (var task in UnawaitedTaskFinder.Find(body.Operation, symbols))
                {
                    if (UnawaitedTaskFinder.IsLongRunningStartNew(task.Value, symbols))
                    {
                        continue; // HOOK0007 reports it
                    }

                    body.ReportDiagnostic(Diagnostic.Create(
                        DiagnosticDescriptors.UnawaitedTask,
                        task.Value.Syntax.GetLocation(),
                        ImmutableDictionary<string, string?>.Empty.Add(KindProperty, task.Kind.ToString()),
                        EscapeDisplay.Of(task.Value),
                        hook.DisplayName));
                }
            }, OperationKind.MethodBody));
    }
}
