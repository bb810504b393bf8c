using HookAnalyzers.Analyzers.Internals.Blocking;

namespace HookAnalyzers.Analyzers.Internals.Knowledge;

/// <summary>
/// Reading the result of a task that has certainly completed does not block, and HOOK0001 stays
/// quiet. "Certainly" is decided on the body's structure, not guessed from positions:
/// <list type="bullet">
/// <item>the task was awaited earlier on every path to the read (<c>await t;</c> or <c>await Task.WhenAll(a, t)</c>
/// in an enclosing block, not in a branch, loop or lambda the read is not also in);</item>
/// <item>the task is a member of a collection passed to an awaited <c>WhenAll</c> (an array or list it was put into,
/// an element, a <c>foreach</c> variable or a lambda parameter over that collection);</item>
/// <item>the task is what an awaited <c>WhenAny</c> returned;</item>
/// <item>the read is guarded by <c>t.IsCompleted</c> or <c>t.IsCompletedSuccessfully</c> (an <c>if</c>, a <c>?:</c>,
/// or an earlier <c>if (!t.IsCompleted) return;</c>);</item>
/// <item>the task is the antecedent inside its own continuation (<c>t.ContinueWith(done => done.Result)</c>).</item>
/// </list>
/// </summary>
internal static class CompletedTasks
{
    public static bool IsProvenComplete(IOperation blocking)
    {
        if (Receiver(blocking) is not { } receiver)
        {
            return false;
        }

        if (IsContinuationAntecedent(receiver, blocking))
        {
            return true;
        }

        var root = Root(blocking);
        if (Symbol(receiver) is { } task
            && (IsGuardedByIsCompleted(blocking, task)
                || IsWhenAnyResult(task, root)
                || AwaitedBefore(root, blocking, awaited => References(awaited, task) || ContainsMember(awaited, task, root))))
        {
            return true;
        }

        return CollectionOf(receiver) is { } collection
            && AwaitedBefore(root, blocking, awaited => WhenAllOf(awaited) is { } whenAll && ArgumentsReference(whenAll, collection));
    }

    /// <summary>The task expression: <c>t.Result</c>, <c>t.Wait()</c>, <c>t.GetAwaiter().GetResult()</c>.</summary>
    private static IOperation? Receiver(IOperation blocking)
        => Unwrap(blocking switch
        {
            IPropertyReferenceOperation property => property.Instance,
            IInvocationOperation { Instance: IInvocationOperation { TargetMethod.Name: "GetAwaiter" } getAwaiter } => getAwaiter.Instance,
            IInvocationOperation invocation => invocation.Instance,
            _ => null,
        });

    /// <summary>An await that runs before <paramref name="blocking"/> on every path to it.</summary>
    private static bool AwaitedBefore(IOperation root, IOperation blocking, System.Func<IOperation, bool> matches)
    {
        var position = blocking.Syntax.SpanStart;
        foreach (var operation in root.Descendants())
        {
            if (operation is IAwaitOperation awaited
                && awaited.Syntax.Span.End <= position
                && matches(awaited.Operation)
                && RunsBefore(awaited, blocking))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Between <paramref name="earlier"/> and the closest ancestor it shares with <paramref name="later"/>
    /// there is no branch, loop, lambda, catch or short-circuit: reaching the ancestor's later part means it ran.
    /// </summary>
    private static bool RunsBefore(IOperation earlier, IOperation later)
    {
        var laterAncestors = new HashSet<IOperation>();
        for (var current = later; current is not null; current = current.Parent)
        {
            laterAncestors.Add(current);
        }

        var child = earlier;
        for (var parent = earlier.Parent; parent is not null; child = parent, parent = parent.Parent)
        {
            if (laterAncestors.Contains(parent))
            {
                return true;
            }

            var conditional = parent switch
            {
                IConditionalOperation branch => !ReferenceEquals(child, branch.Condition),
                ILoopOperation or IAnonymousFunctionOperation or ILocalFunctionOperation or ICatchClauseOperation or ISwitchCaseOperation => true,
                ICoalesceOperation coalesce => !ReferenceEquals(child, coalesce.Value),
                IConditionalAccessOperation access => !ReferenceEquals(child, access.Operation),
                IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.ConditionalOr } logical => !ReferenceEquals(child, logical.LeftOperand),
                _ => false,
            };

            if (conditional)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary><c>await t</c>, <c>await t.ConfigureAwait(false)</c> or <c>await Task.WhenAll(..., t, ...)</c>. Not WhenAny: after it, <c>t</c> may still run.</summary>
    private static bool References(IOperation awaited, ISymbol task)
    {
        if (WhenAllOf(awaited) is { } whenAll)
        {
            return ArgumentsReference(whenAll, task);
        }

        var operation = Unwrap(awaited);
        if (operation is IInvocationOperation { TargetMethod.Name: "ConfigureAwait" } configure)
        {
            operation = Unwrap(configure.Instance);
        }

        return Is(operation, task);
    }

    private static IInvocationOperation? WhenAllOf(IOperation awaited)
    {
        var operation = Unwrap(awaited);
        if (operation is IInvocationOperation { TargetMethod.Name: "ConfigureAwait" } configure)
        {
            operation = Unwrap(configure.Instance);
        }

        return operation is IInvocationOperation { TargetMethod: { Name: "WhenAll", ContainingType.Name: "Task" } } whenAll ? whenAll : null;
    }

    private static bool ArgumentsReference(IInvocationOperation whenAll, ISymbol symbol)
        => whenAll.Arguments.Any(argument => argument.Value.DescendantsAndSelf().Any(inner => Is(inner, symbol)));

    /// <summary>The task was put into a collection (<c>new[] { a, t }</c>, <c>[a, t]</c>, <c>list.Add(t)</c>) that an awaited WhenAll received.</summary>
    private static bool ContainsMember(IOperation awaited, ISymbol task, IOperation root)
    {
        if (WhenAllOf(awaited) is not { } whenAll)
        {
            return false;
        }

        foreach (var collection in CollectionsHolding(task, root))
        {
            if (ArgumentsReference(whenAll, collection))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<ISymbol> CollectionsHolding(ISymbol task, IOperation root)
    {
        foreach (var operation in root.Descendants())
        {
            switch (operation)
            {
                // var tasks = new[] { a, t }; var tasks = new List<Task> { a, t }; Task[] tasks = [a, t];
                case IVariableDeclaratorOperation declarator when declarator.GetVariableInitializer()?.Value is { } value
                    && value.DescendantsAndSelf().Any(inner => Is(inner, task)):
                    yield return declarator.Symbol;
                    break;

                // tasks.Add(t)
                case IInvocationOperation { TargetMethod.Name: "Add" } add when Symbol(Unwrap(add.Instance)) is { } list
                    && add.Arguments.Any(a => Is(Unwrap(a.Value), task)):
                    yield return list;
                    break;
            }
        }
    }

    /// <summary>The collection an element comes from: <c>tasks[0]</c>, <c>foreach (var t in tasks)</c>, <c>tasks.Select(t => t.Result)</c>.</summary>
    private static ISymbol? CollectionOf(IOperation receiver)
    {
        switch (receiver)
        {
            case IArrayElementReferenceOperation element:
                return Symbol(Unwrap(element.ArrayReference));
            case IPropertyReferenceOperation { Property.IsIndexer: true } indexer:
                return Symbol(Unwrap(indexer.Instance));
            case ILocalReferenceOperation local:
                for (var parent = receiver.Parent; parent is not null; parent = parent.Parent)
                {
                    if (parent is IForEachLoopOperation loop && loop.Locals.Contains(local.Local, SymbolEqualityComparer.Default))
                    {
                        return Symbol(Unwrap(loop.Collection));
                    }
                }

                return null;
            case IParameterReferenceOperation parameter:
                for (var parent = receiver.Parent; parent is not null; parent = parent.Parent)
                {
                    if (parent is IAnonymousFunctionOperation lambda && lambda.Symbol.Parameters.Contains(parameter.Parameter, SymbolEqualityComparer.Default))
                    {
                        // tasks.Select(t => t.Result): the lambda is an argument of a call on the collection.
                        return LambdaCall(lambda) is { } call
                            ? Symbol(Unwrap(call.Instance ?? (call.Arguments.Length > 0 ? call.Arguments[0].Value : null)))
                            : null;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    /// <summary><c>var done = await Task.WhenAny(a, b);</c>: the task WhenAny returns has completed.</summary>
    private static bool IsWhenAnyResult(ISymbol task, IOperation root)
    {
        var initialized = false;
        foreach (var operation in root.Descendants())
        {
            switch (operation)
            {
                case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, task):
                    initialized = Unwrap(declarator.GetVariableInitializer()?.Value) is IAwaitOperation awaited
                        && Unwrap(awaited.Operation) is IInvocationOperation { TargetMethod: { Name: "WhenAny", ContainingType.Name: "Task" } };
                    break;
                case ISimpleAssignmentOperation assignment when Is(Unwrap(assignment.Target), task):
                    return false;
            }
        }

        return initialized;
    }

    /// <summary><c>if (t.IsCompleted) ... t.Result</c>, <c>t.IsCompletedSuccessfully ? t.Result : ...</c>, <c>if (!t.IsCompleted) return; ... t.Result</c>.</summary>
    private static bool IsGuardedByIsCompleted(IOperation blocking, ISymbol task)
    {
        var child = blocking;
        for (var parent = blocking.Parent; parent is not null; child = parent, parent = parent.Parent)
        {
            if (parent is IConditionalOperation conditional && CompletionTest(conditional.Condition, task) is { } whenCompleted)
            {
                var branch = whenCompleted ? conditional.WhenTrue : conditional.WhenFalse;
                if (ReferenceEquals(child, branch))
                {
                    return true;
                }
            }

            if (parent is IBlockOperation block)
            {
                foreach (var earlier in block.Operations)
                {
                    if (ReferenceEquals(earlier, child))
                    {
                        break;
                    }

                    if (earlier is IConditionalOperation { WhenFalse: null } exit
                        && CompletionTest(exit.Condition, task) == false
                        && exit.WhenTrue.DescendantsAndSelf().Any(o => o is IReturnOperation or IThrowOperation or IBranchOperation))
                    {
                        return true;
                    }
                }
            }

            if (parent is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>True for <c>t.IsCompleted</c>, false for <c>!t.IsCompleted</c>, null when the condition is not such a test.</summary>
    private static bool? CompletionTest(IOperation condition, ISymbol task)
    {
        condition = Unwrap(condition)!;
        if (condition is IUnaryOperation { OperatorKind: UnaryOperatorKind.Not } not)
        {
            return CompletionTest(not.Operand, task) is { } inner ? !inner : null;
        }

        return condition is IPropertyReferenceOperation { Property.Name: "IsCompleted" or "IsCompletedSuccessfully" } property && Is(Unwrap(property.Instance), task)
            ? true
            : null;
    }

    /// <summary><c>t.ContinueWith(done => done.Result)</c> or <c>t.ContinueWith(_ => t.Result)</c>.</summary>
    private static bool IsContinuationAntecedent(IOperation receiver, IOperation blocking)
    {
        for (var parent = blocking.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is IAnonymousFunctionOperation lambda
                && LambdaCall(lambda) is { TargetMethod.Name: "ContinueWith" } continueWith
                && ((receiver is IParameterReferenceOperation parameter && lambda.Symbol.Parameters.Length > 0 && SymbolEqualityComparer.Default.Equals(parameter.Parameter, lambda.Symbol.Parameters[0]))
                    || (Symbol(receiver) is { } task && Is(Unwrap(continueWith.Instance), task))))
            {
                return true;
            }
        }

        return false;
    }

    private static IInvocationOperation? LambdaCall(IAnonymousFunctionOperation lambda)
    {
        IOperation? current = lambda.Parent;
        while (current is IDelegateCreationOperation or IConversionOperation)
        {
            current = current.Parent;
        }

        return current is IArgumentOperation { Parent: IInvocationOperation call } ? call : null;
    }

    private static bool Is(IOperation? operation, ISymbol symbol)
        => Symbol(operation) is { } found && SymbolEqualityComparer.Default.Equals(found, symbol);

    private static ISymbol? Symbol(IOperation? operation)
        => operation switch
        {
            ILocalReferenceOperation local => local.Local,
            IParameterReferenceOperation parameter => parameter.Parameter,
            IFieldReferenceOperation field => field.Field,
            _ => null,
        };

    private static IOperation Root(IOperation operation)
    {
        while (operation.Parent is not null)
        {
            operation = operation.Parent;
        }

        return operation;
    }

    private static IOperation? Unwrap(IOperation? operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }
}
