using HookAnalyzers.Analyzers.Internals.Knowledge;

namespace HookAnalyzers.Analyzers.Internals.Blocking;

/// <summary>How the HOOK0001 fixer can rewrite a blocking call that sits directly in the hook body.</summary>
internal enum BlockingFixKind
{
    /// <summary>No safe rewrite (a timeout overload, WaitAny's index, a lock primitive...).</summary>
    None,

    /// <summary><c>task.Result</c> -> <c>await task</c>.</summary>
    Result,

    /// <summary><c>task.Wait()</c> -> <c>await task</c>.</summary>
    Wait,

    /// <summary><c>task.GetAwaiter().GetResult()</c> -> <c>await task</c>.</summary>
    GetResult,

    /// <summary><c>Thread.Sleep(x)</c> -> <c>await Task.Delay(x[, ct])</c>.</summary>
    Sleep,

    /// <summary><c>Task.WaitAll(a, b)</c> as a statement -> <c>await Task.WhenAll(a, b)</c>.</summary>
    WaitAll,
}

/// <summary>A call that parks the calling thread until something else happens.</summary>
/// <param name="Display">What the message shows: <c>Thread.Sleep</c>, <c>Task.Result</c>, <c>GetAwaiter().GetResult()</c>.</param>
internal sealed record BlockingApi(string Display, BlockingFixKind Fix);

/// <summary>
/// The known thread-blocking members of the BCL (HOOK0001). A blocked hook thread is worse than
/// a slow one: the kubelet has no timeout for hooks, so only the generated runtime's token can end
/// the hook, and a thread parked in Wait/Sleep does not look at the token.
/// </summary>
internal static class BlockingApis
{
    /// <summary>
    /// The blocking API this operation calls, or null: the BCL's blocking members, the library calls
    /// documented to block (<see cref="LibraryBlockingCalls"/>) and the user's list. A wait with a
    /// constant zero timeout (<c>Wait(0)</c>, <c>WaitOne(TimeSpan.Zero)</c>) only polls and is not blocking.
    /// </summary>
    public static BlockingApi? Find(IOperation operation, UserCatalogue user)
        => operation switch
        {
            IInvocationOperation invocation when HasZeroTimeout(invocation) => null,
            IInvocationOperation invocation => FindInvocation(invocation)
                ?? (LibraryBlockingCalls.Find(invocation.TargetMethod) is { } library ? new BlockingApi(library, BlockingFixKind.None) : null)
                ?? (user.IsBlocking(invocation.TargetMethod) ? new BlockingApi(invocation.TargetMethod.ContainingType.Name + "." + invocation.TargetMethod.Name, BlockingFixKind.None) : null),
            IPropertyReferenceOperation property => FindProperty(property),
            _ => null,
        };

    /// <summary>The BCL's blocking members only.</summary>
    public static BlockingApi? Find(IOperation operation) => Find(operation, UserCatalogue.Empty);

    private static bool HasZeroTimeout(IInvocationOperation invocation)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Name is "millisecondsTimeout" or "timeout"
                && argument.ArgumentKind != ArgumentKind.DefaultValue
                && IsZero(argument.Value))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsZero(IOperation value)
    {
        while (value is IConversionOperation conversion)
        {
            value = conversion.Operand;
        }

        return value.ConstantValue is { HasValue: true, Value: int or long } constant && System.Convert.ToInt64(constant.Value) == 0
            || value is IFieldReferenceOperation { Field: { Name: "Zero", ContainingType: { Name: "TimeSpan" } } }
            || value is IInvocationOperation { TargetMethod: { Name: "FromMilliseconds" or "FromSeconds", ContainingType.Name: "TimeSpan" } } from
                && from.Arguments.Length > 0 && from.Arguments[0].Value.ConstantValue is { HasValue: true, Value: { } number } && System.Convert.ToDouble(number) == 0;
    }

    private static BlockingApi? FindProperty(IPropertyReferenceOperation reference)
    {
        var property = reference.Property;
        if (property.Name != "Result" || property.ContainingType is not { } type)
        {
            return null;
        }

        // Task<T>.Result and ValueTask<T>.Result block until the task completes.
        return IsIn(type, "System.Threading.Tasks", "Task") || IsIn(type, "System.Threading.Tasks", "ValueTask")
            ? new BlockingApi(type.Name + ".Result", BlockingFixKind.Result)
            : null;
    }

    private static BlockingApi? FindInvocation(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        var type = method.ContainingType;
        if (type is null)
        {
            return null;
        }

        switch (method.Name)
        {
            case "Sleep" when IsIn(type, "System.Threading", "Thread"):
                return new BlockingApi("Thread.Sleep", BlockingFixKind.Sleep);

            case "Join" when IsIn(type, "System.Threading", "Thread"):
                return new BlockingApi("Thread.Join", BlockingFixKind.None);

            case "Wait" when IsIn(type, "System.Threading.Tasks", "Task"):
                return new BlockingApi("Task.Wait", method.Parameters.Length == 0 && !method.IsStatic ? BlockingFixKind.Wait : BlockingFixKind.None);

            case "WaitAll" when IsIn(type, "System.Threading.Tasks", "Task"):
                // Only the void overloads: the timeout overloads return a bool that WhenAll has no twin for.
                return new BlockingApi("Task.WaitAll", method.ReturnsVoid && method.Parameters.Length == 1 && IsTaskCollection(method.Parameters[0].Type) ? BlockingFixKind.WaitAll : BlockingFixKind.None);

            case "WaitAny" when IsIn(type, "System.Threading.Tasks", "Task"):
                return new BlockingApi("Task.WaitAny", BlockingFixKind.None);

            case "GetResult" when type.ContainingNamespace?.ToDisplayString() == "System.Runtime.CompilerServices" && type.Name.EndsWith("Awaiter", System.StringComparison.Ordinal):
                // await calls GetResult too, but never as an explicit invocation operation.
                return new BlockingApi("GetAwaiter().GetResult()", invocation.Instance is IInvocationOperation { TargetMethod.Name: "GetAwaiter" } ? BlockingFixKind.GetResult : BlockingFixKind.None);

            case "WaitOne" or "WaitAll" or "WaitAny" or "SignalAndWait" when InheritsFrom(type, "System.Threading", "WaitHandle"):
                return new BlockingApi("WaitHandle." + method.Name, BlockingFixKind.None);

            case "Wait" when IsIn(type, "System.Threading", "SemaphoreSlim")
                || IsIn(type, "System.Threading", "ManualResetEventSlim")
                || IsIn(type, "System.Threading", "CountdownEvent")
                || IsIn(type, "System.Threading", "Monitor"):
                return new BlockingApi(type.Name + ".Wait", BlockingFixKind.None);

            case "SignalAndWait" when IsIn(type, "System.Threading", "Barrier"):
                return new BlockingApi("Barrier.SignalAndWait", BlockingFixKind.None);

            case "WaitForExit" when IsIn(type, "System.Diagnostics", "Process"):
                return new BlockingApi("Process.WaitForExit", BlockingFixKind.None);

            case "RunSynchronously" when IsIn(type, "System.Threading.Tasks", "Task"):
                return new BlockingApi("Task.RunSynchronously", BlockingFixKind.None);

            default:
                return null;
        }
    }

    /// <summary><c>Task[]</c>, <c>ReadOnlySpan&lt;Task&gt;</c> (.NET 9 params) or <c>IEnumerable&lt;Task&gt;</c>: WhenAll has the same overloads.</summary>
    private static bool IsTaskCollection(ITypeSymbol type)
        => type switch
        {
            IArrayTypeSymbol { ElementType: INamedTypeSymbol element } => IsIn(element, "System.Threading.Tasks", "Task"),
            INamedTypeSymbol { Name: "ReadOnlySpan" or "IEnumerable", TypeArguments.Length: 1 } named => named.TypeArguments[0] is INamedTypeSymbol element && IsIn(element, "System.Threading.Tasks", "Task"),
            _ => false,
        };

    /// <summary>Matches the type by namespace and name, ignoring type arguments (Task and Task&lt;T&gt;).</summary>
    public static bool IsIn(INamedTypeSymbol type, string containingNamespace, string name)
        => type.Name == name && type.ContainingType is null && type.ContainingNamespace?.ToDisplayString() == containingNamespace;

    public static bool InheritsFrom(INamedTypeSymbol? type, string containingNamespace, string name)
    {
        for (; type is not null; type = type.BaseType)
        {
            if (IsIn(type, containingNamespace, name))
            {
                return true;
            }
        }

        return false;
    }
}
