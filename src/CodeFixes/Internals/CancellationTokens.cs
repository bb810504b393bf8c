namespace HookAnalyzers.CodeFixes.Internals;

/// <summary>Finding a <see cref="CancellationToken"/> to pass on, for the fixes that add one to a call or a loop.</summary>
internal static class CancellationTokens
{
    public static bool IsCancellationToken(ITypeSymbol type)
        => type is INamedTypeSymbol { Name: "CancellationToken" } named && named.ContainingNamespace?.ToDisplayString() == "System.Threading";

    /// <summary>The name of the method's or local function's CancellationToken parameter, if it has one.</summary>
    public static string? ParameterOf(SyntaxNode function, SemanticModel model, CancellationToken cancellationToken)
        => model.GetDeclaredSymbol(function, cancellationToken) is IMethodSymbol method
            ? method.Parameters.FirstOrDefault(p => IsCancellationToken(p.Type))?.Name
            : null;

    /// <summary>
    /// The token to pass at <paramref name="position"/>: the function's own token parameter, else a
    /// CancellationToken local or parameter in scope there (declared before it), such as
    /// <c>var token = linked.Token;</c>. Null when none is in scope.
    /// </summary>
    public static string? InScope(SyntaxNode function, SemanticModel model, int position, CancellationToken cancellationToken)
    {
        if (ParameterOf(function, model, cancellationToken) is { } parameter)
        {
            return parameter;
        }

        foreach (var symbol in model.LookupSymbols(position))
        {
            var (type, declaredAt) = symbol switch
            {
                ILocalSymbol local => (local.Type, local.DeclaringSyntaxReferences.FirstOrDefault()?.Span.End ?? int.MaxValue),
                IParameterSymbol p => (p.Type, 0),
                _ => (null, int.MaxValue),
            };

            if (type is not null && IsCancellationToken(type) && declaredAt <= position)
            {
                return symbol.Name;
            }
        }

        return null;
    }
}
