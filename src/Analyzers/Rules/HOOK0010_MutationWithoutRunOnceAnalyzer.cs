namespace HookAnalyzers.Analyzers.Rules;

/// <summary>
/// HOOK0010: with run-once disabled (RunOnce = false), every delivery runs the hook again, so
/// in-process state the hook mutates (counters, collections in fields) changes twice. With
/// run-once on (the default) the generated code runs a hook once per process and this is silent.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class MutationWithoutRunOnceAnalyzer() : HookAnalyzer(DiagnosticDescriptors.MutationWithoutRunOnce)
{
    private static readonly ImmutableHashSet<string> CollectionMutators = ImmutableHashSet.Create(
        "Add", "AddRange", "Enqueue", "Push", "Insert", "Append", "AddLast", "AddFirst");

    private protected override void Register(AnalysisContext context)
        => HookRule.RegisterHookBlocks(
            context,
            static (compilation, options, _) => ProjectModelCache.Get(compilation, options, default) is { Settings.RunOnce: false } project ? project : null,
            static (block, hook, _) =>
            {
                var method = hook.Symbol;
                foreach (var operation in block.OperationBlocks.SelectMany(b => b.DescendantsAndSelf()))
                {
                    if (MutatedMember(operation, method) is { } member && !EffectGuards.IsGuarded(operation))
                    {
                        block.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.MutationWithoutRunOnce, operation.Syntax.GetLocation(), HookMethodParser.DisplayName(method), member.Name));
                    }
                }
            });

    /// <summary>The field or property a mutation changes, when it outlives the call (static, or of the hook's class).</summary>
    private static ISymbol? MutatedMember(IOperation operation, IMethodSymbol hook)
    {
        var target = operation switch
        {
            ICompoundAssignmentOperation compound => compound.Target,
            IIncrementOrDecrementOperation increment => increment.Target,
            IInvocationOperation { TargetMethod.Name: "Increment" or "Decrement" or "Add" } interlocked
                when interlocked.TargetMethod.ContainingType.ToDisplayString() == "System.Threading.Interlocked"
                => interlocked.Arguments.FirstOrDefault()?.Value,
            IInvocationOperation invocation when CollectionMutators.Contains(invocation.TargetMethod.Name) && !invocation.TargetMethod.IsStatic
                => invocation.Instance,
            _ => null,
        };

        return target is IMemberReferenceOperation { Member: IFieldSymbol or IPropertySymbol } reference && Outlives(reference, hook)
            ? reference.Member
            : null;
    }

    private static bool Outlives(IMemberReferenceOperation reference, IMethodSymbol hook)
        => reference.Member.IsStatic
            || reference.Instance is IInstanceReferenceOperation
            || SymbolEqualityComparer.Default.Equals(reference.Member.ContainingType, hook.ContainingType);
}
