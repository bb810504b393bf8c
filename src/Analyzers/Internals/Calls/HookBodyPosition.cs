namespace HookAnalyzers.Analyzers.Internals.Calls;

/// <summary>Where an operation sits in a hook's operation block.</summary>
internal static class HookBodyPosition
{
    /// <summary>
    /// True when the operation runs as part of the hook method itself, not inside a lambda or a
    /// local function written in it. Fixes that turn the hook async only apply there: inside a
    /// lambda, <c>await</c> would change the lambda's delegate type (and so its meaning).
    /// </summary>
    public static bool IsDirectlyInHookBody(IOperation operation)
    {
        for (var current = operation.Parent; current is not null; current = current.Parent)
        {
            if (current is IAnonymousFunctionOperation or ILocalFunctionOperation)
            {
                return false;
            }
        }

        return true;
    }
}
