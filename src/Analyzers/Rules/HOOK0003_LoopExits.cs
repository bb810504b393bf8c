namespace HookAnalyzers.Analyzers.Rules;

/// <summary>What HOOK0003 needs to know about an endless-looking loop.</summary>
internal static class LoopExits
{
    /// <summary><c>while (true)</c>, <c>do { } while (true)</c> or <c>for (;;)</c> / <c>for (; true;)</c>.</summary>
    public static bool IsInfinite(ILoopOperation loop)
        => loop switch
        {
            IWhileLoopOperation whileLoop => IsTrue(whileLoop.Condition),
            IForLoopOperation forLoop => forLoop.Condition is null || IsTrue(forLoop.Condition),
            _ => false,
        };

    /// <summary>
    /// A break of this loop, a return, a throw or a goto anywhere in the body (lambdas and local
    /// functions excluded: their returns leave them, not the loop). Presence, not reachability:
    /// a conditional break is the normal way out of such a loop.
    /// </summary>
    public static bool HasExit(ILoopOperation loop)
    {
        foreach (var operation in Walk(loop.Body))
        {
            switch (operation)
            {
                case IBranchOperation { BranchKind: BranchKind.Break } branch when SymbolEqualityComparer.Default.Equals(branch.Target, loop.ExitLabel):
                case IBranchOperation { BranchKind: BranchKind.GoTo }:
                case IReturnOperation:
                case IThrowOperation:
                    return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Reads <c>IsCancellationRequested</c>, calls <c>ThrowIfCancellationRequested</c>, or passes a
    /// token (not <c>CancellationToken.None</c> or <c>default</c>) to an awaited call or to a
    /// synchronous one (which throws when cancelled) - in the condition or the body.
    /// </summary>
    public static bool ChecksCancellation(ILoopOperation loop)
    {
        foreach (var operation in loop.DescendantsAndSelf())
        {
            switch (operation)
            {
                case IPropertyReferenceOperation { Property.Name: "IsCancellationRequested" } property when IsTokenOrSource(property.Property.ContainingType):
                case IInvocationOperation { TargetMethod.Name: "ThrowIfCancellationRequested" } invocation when IsTokenOrSource(invocation.TargetMethod.ContainingType):
                    return true;
                case IArgumentOperation argument when IsRealToken(argument) && ObservesToken(argument.Parent):
                    return true;
            }
        }

        return false;
    }

    private static bool ObservesToken(IOperation? call)
    {
        var returnsTask = call switch
        {
            IInvocationOperation invocation => IsTaskLike(invocation.TargetMethod.ReturnType),
            IObjectCreationOperation => false,
            _ => true,
        };
        if (!returnsTask)
        {
            return true;
        }

        // A task-returning call only stops the loop when it is awaited.
        for (var current = call?.Parent; current is not null and not IBlockOperation; current = current.Parent)
        {
            if (current is IAwaitOperation)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsRealToken(IArgumentOperation argument)
    {
        if (argument.ArgumentKind == ArgumentKind.DefaultValue || argument.Value.Type is not INamedTypeSymbol type || !IsToken(type))
        {
            return false;
        }

        var value = argument.Value;
        while (value is IConversionOperation conversion)
        {
            value = conversion.Operand;
        }

        return value is not (IDefaultValueOperation or IPropertyReferenceOperation { Property.Name: "None" });
    }

    private static System.Collections.Generic.IEnumerable<IOperation> Walk(IOperation root)
    {
        var stack = new System.Collections.Generic.Stack<IOperation>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            yield return current;
            foreach (var child in current.ChildOperations)
            {
                if (child is not (IAnonymousFunctionOperation or ILocalFunctionOperation))
                {
                    stack.Push(child);
                }
            }
        }
    }

    private static bool IsTrue(IOperation? condition) => condition?.ConstantValue is { HasValue: true, Value: true };

    private static bool IsToken(INamedTypeSymbol type) => type.Name == "CancellationToken" && type.ContainingNamespace?.ToDisplayString() == "System.Threading";

    private static bool IsTokenOrSource(INamedTypeSymbol? type)
        => type is not null && (type.Name is "CancellationToken" or "CancellationTokenSource") && type.ContainingNamespace?.ToDisplayString() == "System.Threading";

    private static bool IsTaskLike(ITypeSymbol type)
        => type is INamedTypeSymbol { Name: "Task" or "ValueTask" } named && named.ContainingNamespace?.ToDisplayString() == "System.Threading.Tasks";
}
