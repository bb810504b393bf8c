using System.Collections.Immutable;
using System.Linq;
using HookAnalyzers.Analyzers.Internals;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace HookAnalyzers.Analyzers.Rules;

/// <summary>
/// HOOK0009: a hook body performs a durable effect that a second delivery repeats (file appends,
/// FileMode.Append/CreateNew, moves and copies without overwrite, POST/PATCH without an
/// Idempotency-Key, message publishing, counters in external stores). The kubelet delivers hooks
/// at least once, and run-once only deduplicates within one process.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class NonIdempotentEffectAnalyzer : DiagnosticAnalyzer
{
    internal static readonly DiagnosticDescriptor Rule = RuleDescriptor.Create(
        DiagnosticIds.NonIdempotentEffect,
        title: "Hook repeats a durable effect when delivered twice",
        messageFormat: "Hook '{0}' is not idempotent: {1}; guard it (File.Exists, a flag) or make it an overwrite",
        DiagnosticCategories.Idempotency,
        DiagnosticSeverity.Warning,
        description: "The kubelet delivers lifecycle hooks at least once, and a restarted container runs postStart again against the same volumes and services. Effects that append, create-new, publish or count happen twice.");

    /// <summary>Diagnostic property telling the fixer that adding <c>overwrite: true</c> makes the call idempotent.</summary>
    public const string CanAddOverwriteProperty = "CanAddOverwrite";

    private static readonly ImmutableDictionary<string, string?> AddOverwrite =
        ImmutableDictionary<string, string?>.Empty.Add(CanAddOverwriteProperty, "true");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        HookRule.RegisterHookBlocks(context, static (block, hook) =>
        {
            var operations = block.OperationBlocks.SelectMany(b => b.DescendantsAndSelf()).ToList();
            var facts = DurableEffects.BodyFacts.Of(operations);
            foreach (var operation in operations)
            {
                if (DurableEffects.Classify(operation, facts) is { } reason && !EffectGuards.IsGuarded(operation))
                {
                    var properties = DurableEffects.IsMoveOrCopyWithoutOverwrite(operation) ? AddOverwrite : null;
                    block.ReportDiagnostic(Diagnostic.Create(Rule, operation.Syntax.GetLocation(), properties, hook.Symbol.Name, reason));
                }
            }
        });
    }
}
