namespace HookAnalyzers.Analyzers.Internals;

/// <summary>
/// Recognises the guards people write to make a hook safe to run twice: the effect sits inside an
/// <c>if</c> (or follows an early <c>return</c>/<c>throw</c>) whose condition checks a flag, a
/// <c>File.Exists</c>-style query, a field or property against null, or an Interlocked exchange.
/// A guard is trusted, not verified: the point is to stay quiet once the user has thought about it.
/// </summary>
internal static class EffectGuards
{
    public static bool IsGuarded(IOperation effect)
    {
        var child = effect;
        for (var parent = effect.Parent; parent is not null; child = parent, parent = parent.Parent)
        {
            if (parent is IConditionalOperation conditional
                && !ReferenceEquals(child, conditional.Condition)
                && IsGuardCondition(conditional.Condition))
            {
                return true;
            }

            if (parent is IBlockOperation block && HasGuardedExitBefore(block, child))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>if (File.Exists(marker)) return;</c> earlier in the same block.</summary>
    private static bool HasGuardedExitBefore(IBlockOperation block, IOperation statement)
    {
        foreach (var earlier in block.Operations)
        {
            if (ReferenceEquals(earlier, statement))
            {
                return false;
            }

            if (earlier is IConditionalOperation conditional
                && IsGuardCondition(conditional.Condition)
                && conditional.WhenTrue.DescendantsAndSelf().Any(o => o is IReturnOperation or IThrowOperation))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsGuardCondition(IOperation condition)
    {
        foreach (var operation in condition.DescendantsAndSelf())
        {
            switch (operation)
            {
                // File.Exists, Directory.Exists, HashSet.Add, TryAdd, store.ExistsAsync (awaited)...
                case IInvocationOperation invocation when IsBoolean(invocation.Type) || IsInterlocked(invocation.TargetMethod):
                case IAwaitOperation awaited when IsBoolean(awaited.Type):
                    return true;

                // _warmed, options.Enabled, a local or parameter flag; a cancellation check is not a guard.
                case IMemberReferenceOperation member when IsBoolean(member.Type) && !IsCancellationCheck(member):
                case ILocalReferenceOperation local when IsBoolean(local.Type):
                case IParameterReferenceOperation parameter when IsBoolean(parameter.Type):
                    return true;

                // _checkpoint is null, _client != null
                case IIsPatternOperation pattern when pattern.Value is IMemberReferenceOperation:
                case IBinaryOperation binary when IsNullCheckOfMember(binary):
                    return true;
            }
        }

        return false;
    }

    private static bool IsBoolean(ITypeSymbol? type) => type?.SpecialType == SpecialType.System_Boolean;

    private static bool IsInterlocked(IMethodSymbol method)
        => method.ContainingType?.ToDisplayString() == "System.Threading.Interlocked";

    private static bool IsCancellationCheck(IMemberReferenceOperation member)
        => member.Member.ContainingType?.ToDisplayString() == "System.Threading.CancellationToken";

    private static bool IsNullCheckOfMember(IBinaryOperation binary)
        => binary.OperatorKind is BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals
            && ((IsNull(binary.LeftOperand) && binary.RightOperand.WalkDownConversion() is IMemberReferenceOperation)
                || (IsNull(binary.RightOperand) && binary.LeftOperand.WalkDownConversion() is IMemberReferenceOperation));

    private static bool IsNull(IOperation operation) => operation.ConstantValue is { HasValue: true, Value: null };

    private static IOperation WalkDownConversion(this IOperation operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }
}
