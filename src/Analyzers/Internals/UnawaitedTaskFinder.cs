namespace HookAnalyzers.Analyzers.Internals;

/// <summary>How a task escaped the hook body.</summary>
internal enum UnawaitedTaskKind
{
    /// <summary><c>DoAsync();</c> or <c>_ = DoAsync();</c>: the task is thrown away.</summary>
    Discarded,

    /// <summary><c>var t = DoAsync();</c> and <c>t</c> is never read again (not awaited, returned or passed on).</summary>
    StoredInUnreadLocal,
}

/// <summary>A task-valued expression in a hook body that nothing waits for.</summary>
internal readonly struct UnawaitedTask
{
    public UnawaitedTask(IOperation value, UnawaitedTaskKind kind)
    {
        Value = value;
        Kind = kind;
    }

    /// <summary>The expression that produced the task (the call, usually).</summary>
    public IOperation Value { get; }

    public UnawaitedTaskKind Kind { get; }
}

/// <summary>
/// Finds the tasks a hook body creates and lets go, for HOOK0006 (unawaited task) and HOOK0007
/// (long-running StartNew). Both rules use this one finder so that an expression is judged once:
/// HOOK0007 reports the long-running <c>Task.Factory.StartNew</c> calls it returns, HOOK0006 all
/// the others.
/// </summary>
/// <remarks>
/// Lambdas and anonymous methods are not searched: their body runs whenever the delegate is
/// invoked, which may well be after the hook (HOOK0007 covers the ways work is sent off). Local
/// functions are searched: they are part of the hook's own code. A read of the local anywhere,
/// lambdas included, counts as "passed on" (awaited, returned, added to a list for WhenAll,
/// given to a method): the rule only wants tasks that nobody can ever observe.
/// </remarks>
internal static class UnawaitedTaskFinder
{
    public static List<UnawaitedTask> Find(IOperation body, EscapeSymbols symbols)
    {
        var found = new List<UnawaitedTask>();
        var candidateLocals = new List<(ILocalSymbol Local, IOperation Value)>();
        var readLocals = new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);

        Visit(body, insideLambda: false);

        foreach (var (local, value) in candidateLocals)
        {
            if (!readLocals.Contains(local))
            {
                found.Add(new UnawaitedTask(value, UnawaitedTaskKind.StoredInUnreadLocal));
            }
        }

        return found;

        void Visit(IOperation operation, bool insideLambda)
        {
            switch (operation)
            {
                case IAnonymousFunctionOperation:
                    insideLambda = true;
                    break;

                case IExpressionStatementOperation statement when !insideLambda:
                    InspectStatement(statement.Operation);
                    break;

                case IVariableDeclaratorOperation { Initializer.Value: { } initial } declarator when !insideLambda:
                    AddCandidate(declarator.Symbol, initial);
                    break;

                case ILocalReferenceOperation reference when !IsWriteOnly(reference):
                    readLocals.Add(reference.Local);
                    break;
            }

            foreach (var child in operation.ChildOperations)
            {
                Visit(child, insideLambda);
            }
        }

        void InspectStatement(IOperation expression)
        {
            if (expression is ISimpleAssignmentOperation assignment)
            {
                if (assignment.Target is IDiscardOperation)
                {
                    AddIfTask(assignment.Value);
                }
                else if (assignment.Target is ILocalReferenceOperation target)
                {
                    AddCandidate(target.Local, assignment.Value);
                }

                // Stored in a field or property: it outlives the statement on purpose.
                return;
            }

            AddIfTask(expression);
        }

        void AddIfTask(IOperation value)
        {
            value = Unwrap(value);
            if (symbols.IsTaskLike(value.Type) && !IsAwaitedWhenAny(value, symbols))
            {
                found.Add(new UnawaitedTask(value, UnawaitedTaskKind.Discarded));
            }
        }

        void AddCandidate(ILocalSymbol local, IOperation value)
        {
            value = Unwrap(value);
            if (symbols.IsTaskLike(local.Type) && symbols.IsTaskLike(value.Type))
            {
                candidateLocals.Add((local, value));
            }
        }
    }

    /// <summary>True for <c>Task.Factory.StartNew(..., TaskCreationOptions.LongRunning)</c>: a dedicated thread, HOOK0007's case.</summary>
    public static bool IsLongRunningStartNew(IOperation value, EscapeSymbols symbols)
    {
        if (Unwrap(value) is not IInvocationOperation { TargetMethod.Name: "StartNew" } invocation
            || !(EscapeSymbols.Is(invocation.TargetMethod.ContainingType, symbols.TaskFactory)
                || EscapeSymbols.Is(invocation.TargetMethod.ContainingType, symbols.TaskFactoryOfT)))
        {
            return false;
        }

        const int LongRunning = 2; // TaskCreationOptions.LongRunning
        foreach (var argument in invocation.Arguments)
        {
            if (EscapeSymbols.Is(argument.Parameter?.Type, symbols.TaskCreationOptions)
                && argument.Value.ConstantValue is { HasValue: true, Value: int options }
                && (options & LongRunning) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <c>await Task.WhenAny(work, timeout);</c> yields the task that finished first, which is
    /// complete: dropping it is the usual timeout idiom, not escaped work. (Other awaits that yield
    /// a task, like <c>await Task.Factory.StartNew(async () => ...)</c>, are reported: the inner
    /// task is the real work.)
    /// </summary>
    private static bool IsAwaitedWhenAny(IOperation value, EscapeSymbols symbols)
        => value is IAwaitOperation { Operation: var awaited }
            && Unwrap(awaited) is IInvocationOperation { TargetMethod.Name: "WhenAny" } whenAny
            && EscapeSymbols.Is(whenAny.TargetMethod.ContainingType, symbols.Task);

    private static IOperation Unwrap(IOperation value)
    {
        while (value is IConversionOperation { IsImplicit: true } conversion)
        {
            value = conversion.Operand;
        }

        return value;
    }

    /// <summary>The local is only being assigned here (<c>t = ...</c>), not read.</summary>
    private static bool IsWriteOnly(ILocalReferenceOperation reference)
        => reference.Parent is ISimpleAssignmentOperation assignment && assignment.Target == reference;
}
