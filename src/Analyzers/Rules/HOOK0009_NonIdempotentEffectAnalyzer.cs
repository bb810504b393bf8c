using System.Collections.Immutable;
using System.Linq;
using HookAnalyzers.Analyzers.Internals;
using HookAnalyzers.Analyzers.Internals.Calls;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace HookAnalyzers.Analyzers.Rules;

/// <summary>
/// HOOK0009: a hook performs a durable effect that a second delivery repeats (file appends,
/// FileMode.Append/CreateNew, moves and copies without overwrite, POST/PATCH without an
/// Idempotency-Key, publishing through a message bus, enqueueing jobs, EF Core inserts, counters
/// in external stores, the user's <c>hookanalyzers.durable_effect_methods</c>), in its body or, like
/// HOOK0001, in the compilation's methods it calls. The kubelet delivers hooks at least once, and
/// run-once only deduplicates within one process.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class NonIdempotentEffectAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = RuleDescriptor.Create(
        DiagnosticIds.NonIdempotentEffect,
        title: "Hook repeats a durable effect when delivered twice",
        messageFormat: "Hook '{0}' is not idempotent: {1}; {2}",
        DiagnosticCategories.Idempotency,
        DiagnosticSeverity.Warning,
        description: "The kubelet delivers lifecycle hooks at least once, and a restarted container runs postStart again against the same volumes and services. Effects that append, create-new, post, publish, enqueue, insert or count happen twice.");

    /// <summary>Diagnostic property telling the fixer that adding <c>overwrite: true</c> makes the call idempotent.</summary>
    public const string CanAddOverwriteProperty = "CanAddOverwrite";

    private static readonly ImmutableDictionary<string, string?> AddOverwrite =
        ImmutableDictionary<string, string?>.Empty.Add(CanAddOverwriteProperty, "true");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        HookRule.RegisterHookBlocks(
            context,
            static (compilation, options, _) => HookCallGraph.For(compilation, options),
            static (block, hook, graph) =>
            {
                var depth = CallDepth.Read(block.Options, hook.Symbol.DeclaringSyntaxReferences[0].SyntaxTree);
                Analyze(block, graph, depth, hook.DisplayName);
            });
    }

    /// <summary>The whole body at once: some effects depend on what else it does (an Idempotency-Key header, an entity added before SaveChanges).</summary>
    private static void Analyze(OperationBlockAnalysisContext block, HookCallGraph graph, int depth, string hookName)
    {
        var operations = block.OperationBlocks.SelectMany(b => b.DescendantsAndSelf()).ToList();
        var facts = DurableEffects.BodyFacts.Of(operations);
        foreach (var operation in operations)
        {
            if (operation is not (IInvocationOperation or IObjectCreationOperation or IPropertyReferenceOperation) || EffectGuards.IsGuarded(operation))
            {
                continue;
            }

            if (graph.Knowledge.FindEffect(operation, facts) is { } effect)
            {
                var properties = DurableEffects.IsMoveOrCopyWithoutOverwrite(operation) ? AddOverwrite : null;
                block.ReportDiagnostic(Diagnostic.Create(Rule, MemberLocation.Of(operation), properties, hookName, effect.Reason, effect.Advice));
            }
            else if (FollowableCalls.Callee(operation, block.Compilation) is { } callee
                && graph.FindChain(callee, depth, Finding.Effect, block.CancellationToken) is { Effect: { } found } chain)
            {
                block.ReportDiagnostic(Diagnostic.Create(Rule, MemberLocation.Of(operation), hookName, chain.Path + " -> " + found.Reason, found.Advice));
            }
        }
    }
}
