using System.Collections.Immutable;
using HookAnalyzers.Analyzers.Internals;
using HookAnalyzers.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HookAnalyzers.Analyzers.Rules;

/// <summary>
/// HOOK0006: a task created in a hook body and never awaited. The generated runtime awaits the
/// hook method's task and then answers the kubelet, so a task the method lets go is still
/// running when the kubelet moves on (for preStop: SIGTERM, then SIGKILL) and its failure is
/// never seen. Long-running <c>Task.Factory.StartNew</c> is left to HOOK0007 (one rule per expression).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class UnawaitedTaskAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Diagnostic property: "Discarded" (fixable by awaiting) or "StoredInUnreadLocal" (no fix).</summary>
    public const string KindProperty = "Kind";

    internal static readonly DiagnosticDescriptor Rule = RuleDescriptor.Create(
        DiagnosticIds.UnawaitedTask,
        title: "Task in a hook is not awaited",
        messageFormat: "The task of '{0}' is not awaited in hook '{1}': the kubelet is told the hook is done while it still runs, and its failure is lost",
        DiagnosticCategories.Reliability,
        DiagnosticSeverity.Warning,
        description: "The generated runtime answers the kubelet when the hook method's task completes. A task the hook creates and does not await keeps running after that answer; for preStop the container then gets SIGTERM and SIGKILL, which cut the work off. Await the task, or pass it on (return it, give it to Task.WhenAll).");

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
                foreach (var task in UnawaitedTaskFinder.Find(body.Operation, symbols))
                {
                    if (UnawaitedTaskFinder.IsLongRunningStartNew(task.Value, symbols))
                    {
                        continue; // HOOK0007 reports it
                    }

                    body.ReportDiagnostic(Diagnostic.Create(
                        Rule,
                        task.Value.Syntax.GetLocation(),
                        ImmutableDictionary<string, string?>.Empty.Add(KindProperty, task.Kind.ToString()),
                        EscapeDisplay.Of(task.Value),
                        hook.DisplayName));
                }
            }, OperationKind.MethodBody));
    }
}
