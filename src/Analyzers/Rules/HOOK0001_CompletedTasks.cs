using HookAnalyzers.Analyzers.Internals.Blocking;
using HookAnalyzers.Analyzers.Internals;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis;

namespace HookAnalyzers.Analyzers.Rules;

/// <summary>
/// Recognises the common, harmless <c>await Task.WhenAll(a, b); var x = a.Result;</c>: reading the
/// result of a task that was awaited earlier in the same body does not block.
/// </summary>
internal static class CompletedTasks
{
    /// <summary>True when <paramref name="blocking"/> reads a local, parameter or field that an earlier <c>await</c> in the body already awaited (directly or as an argument, e.g. of WhenAll).</summary>
    public static bool WasAwaitedBefore(IOperation blocking)
    {
        if (TaskSymbol(blocking) is not { } task)
        {
            return false;
        }

        var root = blocking;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        var position = blocking.Syntax.SpanStart;
        foreach (var operation in root.Descendants())
        {
            if (operation is IAwaitOperation awaited && awaited.Syntax.Span.End <= position && References(awaited.Operation, task))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The variable holding the task: <c>t.Result</c>, <c>t.Wait()</c>, <c>t.GetAwaiter().GetResult()</c>.</summary>
    private static ISymbol? TaskSymbol(IOperation blocking)
    {
        var receiver = blocking switch
        {
            IPropertyReferenceOperation property => property.Instance,
            IInvocationOperation { Instance: IInvocationOperation { TargetMethod.Name: "GetAwaiter" } getAwaiter } => getAwaiter.Instance,
            IInvocationOperation invocation => invocation.Instance,
            _ => null,
        };

        return Unwrap(receiver) switch
        {
            ILocalReferenceOperation local => local.Local,
            IParameterReferenceOperation parameter => parameter.Parameter,
            IFieldReferenceOperation field => field.Field,
            _ => null,
        };
    }

    /// <summary>
    /// <c>await t</c>, <c>await t.ConfigureAwait(false)</c> or <c>await Task.WhenAll(..., t, ...)</c>.
    /// Not <c>WhenAny</c>: after it, <c>t</c> may still be running.
    /// </summary>
    private static bool References(IOperation awaited, ISymbol task)
    {
        var operation = Unwrap(awaited);
        if (operation is IInvocationOperation { TargetMethod.Name: "ConfigureAwait" } configure)
        {
            operation = Unwrap(configure.Instance);
        }

        if (operation is IInvocationOperation { TargetMethod.Name: "WhenAll" } whenAll)
        {
            foreach (var argument in whenAll.Arguments)
            {
                foreach (var inner in argument.Value.DescendantsAndSelf())
                {
                    if (Is(inner, task))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        return operation is not null && Is(operation, task);
    }

    private static bool Is(IOperation operation, ISymbol task)
    {
        var symbol = operation switch
        {
            ILocalReferenceOperation local => (ISymbol)local.Local,
            IParameterReferenceOperation parameter => parameter.Parameter,
            IFieldReferenceOperation field => field.Field,
            _ => null,
        };
        return symbol is not null && SymbolEqualityComparer.Default.Equals(symbol, task);
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
