namespace HookAnalyzers.Analyzers.Internals;

/// <summary>Short names of calls for the messages of HOOK0005-HOOK0008 (<c>Outbox.FlushAsync</c>, <c>new Timer</c>).</summary>
internal static class EscapeDisplay
{
    public static string Of(IOperation operation) => operation switch
    {
        IInvocationOperation invocation => Of(invocation.TargetMethod),
        IObjectCreationOperation { Type: { } type } => "new " + type.Name,
        _ => Shorten(operation.Syntax.ToString()),
    };

    public static string Of(IMethodSymbol method)
        => method.MethodKind == MethodKind.LocalFunction || method.ContainingType is null
            ? method.Name
            : method.ContainingType.Name + "." + method.Name;

    private static string Shorten(string text)
    {
        text = text.Replace("\r", string.Empty).Replace("\n", " ");
        return text.Length <= 60 ? text : text.Substring(0, 57) + "...";
    }
}
