using HookAnalyzers.Analyzers.Internals.Calls;
using HookAnalyzers.Analyzers.Internals.Knowledge;

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
public sealed class NonIdempotentEffectAnalyzer() : HookAnalyzer(DiagnosticDescriptors.NonIdempotentEffect)
{
    /// <summary>Diagnostic property telling the fixer that adding <c>overwrite: true</c> makes the call idempotent.</summary>
    public const string CanAddOverwriteProperty = "CanAddOverwrite";

    private static readonly ImmutableDictionary<string, string?> AddOverwrite =
        ImmutableDictionary<string, string?>.Empty.Add(CanAddOverwriteProperty, "true");

    private protected override void Register(AnalysisContext context)
        => HookCalls.RegisterHookBlocks(context, Analyze);

    /// <summary>The whole body at once: some effects depend on what else it does (an Idempotency-Key header, an entity added before SaveChanges).</summary>
    private static void Analyze(OperationBlockAnalysisContext block, HookCalls hook)
    {
        var operations = block.OperationBlocks.SelectMany(b => b.DescendantsAndSelf()).ToList();
        var facts = DurableEffects.BodyFacts.Of(operations);
        foreach (var operation in operations)
        {
            if (operation is not (IInvocationOperation or IObjectCreationOperation or IPropertyReferenceOperation) || EffectGuards.IsGuarded(operation))
            {
                continue;
            }

            if (hook.Graph.Knowledge.FindEffect(operation, facts) is { } effect)
            {
                var properties = DurableEffects.IsMoveOrCopyWithoutOverwrite(operation) ? AddOverwrite : null;
                block.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.NonIdempotentEffect, MemberLocation.Of(operation), properties, hook.HookName, effect.Reason, effect.Advice));
            }
            else if (hook.ChainFrom(operation, block.Compilation, Finding.Effect, block.CancellationToken) is { Effect: { } found } chain)
            {
                block.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.NonIdempotentEffect, MemberLocation.Of(operation), hook.HookName, chain.Path + " -> " + found.Reason, found.Advice));
            }
        }
    }
}
