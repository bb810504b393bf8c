using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;

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
}
