namespace HookAnalyzers.Analyzers.Rules;

/// <summary>
/// HOOK0007's search: the places a hook body hands work to something the kubelet never waits
/// for (a thread, the thread pool, a timer). Unlike <see cref="UnawaitedTaskFinder"/> it also
/// searches lambdas: a thread started inside <c>Task.Run(() => ...)</c> escapes just the same.
/// </summary>
internal static class BackgroundWorkFinder
{
    public static List<IOperation> Find(IOperation body, EscapeSymbols symbols)
    {
        var found = new List<IOperation>();
        var joinedThreads = new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);
        var startedThreads = new List<(IInvocationOperation Start, ILocalSymbol? Local)>();
        var periodicTimers = new List<IOperation>();
        var periodicTimerAwaited = false;
        var disposedByHook = LocalsInUsing(body);

        foreach (var operation in body.DescendantsAndSelf())
        {
            switch (operation)
            {
                case IInvocationOperation invocation:
                    InspectCall(invocation);
                    break;

                case IObjectCreationOperation creation when EscapeSymbols.Is(creation.Type, symbols.ThreadingTimer):
                    // System.Threading.Timer starts ticking when it is constructed.
                    if (!IsInitializerOf(creation, disposedByHook))
                    {
                        found.Add(creation);
                    }

                    break;

                case IObjectCreationOperation creation when EscapeSymbols.Is(creation.Type, symbols.PeriodicTimer):
                    periodicTimers.Add(creation);
                    break;

                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "Enabled" } property } assignment
                    when EscapeSymbols.Is(property.Property.ContainingType, symbols.TimersTimer)
                        && assignment.Value.ConstantValue is { HasValue: true, Value: true }
                        && !IsDisposedLocal(property.Instance, disposedByHook):
                    found.Add(assignment);
                    break;

                case IAwaitOperation { Operation: var awaited }
                    when Unwrap(awaited) is IInvocationOperation { TargetMethod.Name: "WaitForNextTickAsync" } tick
                        && EscapeSymbols.Is(tick.TargetMethod.ContainingType, symbols.PeriodicTimer)
                        && !IsInsideLambda(operation):
                    periodicTimerAwaited = true;
                    break;
            }
        }

        // A thread the hook joins is waited for (HOOK0001 has something to say about the Join).
        foreach (var (start, local) in startedThreads)
        {
            if (local is null || !joinedThreads.Contains(local))
            {
                found.Add(start);
            }
        }

        // A PeriodicTimer does nothing by itself; it is background work when the loop awaiting
        // its ticks is not in the hook body (it runs in a Task.Run, or the timer is kept for later).
        if (!periodicTimerAwaited)
        {
            found.AddRange(periodicTimers);
        }

        foreach (var task in UnawaitedTaskFinder.Find(body, symbols))
        {
            if (UnawaitedTaskFinder.IsLongRunningStartNew(task.Value, symbols))
            {
                found.Add(task.Value);
            }
        }

        found.Sort((a, b) => a.Syntax.SpanStart.CompareTo(b.Syntax.SpanStart));
        return found;

        void InspectCall(IInvocationOperation invocation)
        {
            var method = invocation.TargetMethod;
            var type = method.ContainingType;
            if (EscapeSymbols.Is(type, symbols.Thread))
            {
                var local = (invocation.Instance as ILocalReferenceOperation)?.Local;
                if (method.Name is "Start" or "UnsafeStart")
                {
                    startedThreads.Add((invocation, local));
                }
                else if (method.Name == "Join" && local is not null)
                {
                    joinedThreads.Add(local);
                }
            }
            else if (EscapeSymbols.Is(type, symbols.ThreadPool) && method.Name is "QueueUserWorkItem" or "UnsafeQueueUserWorkItem")
            {
                found.Add(invocation);
            }
            else if (EscapeSymbols.Is(type, symbols.TimersTimer) && method.Name == "Start" && !IsDisposedLocal(invocation.Instance, disposedByHook))
            {
                found.Add(invocation);
            }
        }
    }

    /// <summary>
    /// Locals of <c>using var timer = ...</c> and <c>using (var timer = ...)</c>: the hook disposes
    /// them before it returns (a progress timer around awaited work), so they do not escape.
    /// </summary>
    private static HashSet<ILocalSymbol> LocalsInUsing(IOperation body)
    {
        var locals = new HashSet<ILocalSymbol>(SymbolEqualityComparer.Default);
        foreach (var operation in body.DescendantsAndSelf())
        {
            var declarations = operation switch
            {
                IUsingDeclarationOperation declaration => declaration.DeclarationGroup,
                IUsingOperation { Resources: IVariableDeclarationGroupOperation group } => group,
                _ => null,
            };

            if (declarations is null)
            {
                continue;
            }

            foreach (var declaration in declarations.Declarations)
            {
                foreach (var declarator in declaration.Declarators)
                {
                    locals.Add(declarator.Symbol);
                }
            }
        }

        return locals;
    }

    private static bool IsInitializerOf(IOperation value, HashSet<ILocalSymbol> locals)
    {
        var parent = value.Parent;
        while (parent is IConversionOperation)
        {
            parent = parent.Parent;
        }

        return parent is IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } && locals.Contains(declarator.Symbol);
    }

    private static bool IsDisposedLocal(IOperation? instance, HashSet<ILocalSymbol> locals)
        => instance is ILocalReferenceOperation reference && locals.Contains(reference.Local);

    private static bool IsInsideLambda(IOperation operation)
    {
        for (var parent = operation.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is IAnonymousFunctionOperation)
            {
                return true;
            }
        }

        return false;
    }

    private static IOperation Unwrap(IOperation value)
    {
        while (value is IConversionOperation { IsImplicit: true } or IInvocationOperation { TargetMethod.Name: "ConfigureAwait" })
        {
            value = value is IConversionOperation conversion ? conversion.Operand : ((IInvocationOperation)value).Instance!;
        }

        return value;
    }
}
