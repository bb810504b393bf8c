using HookAnalyzers.Analyzers.Internals.Blocking;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace HookAnalyzers.Analyzers.Rules;

/// <summary>How HOOK0008's fix passes the token.</summary>
internal enum TokenArgumentMode
{
    /// <summary>The called method has an optional CancellationToken parameter that was left out.</summary>
    OptionalParameter,

    /// <summary>An overload with the same parameters plus a trailing CancellationToken exists.</summary>
    Overload,

    /// <summary><c>CancellationToken.None</c> or <c>default</c> is passed: the fix replaces it.</summary>
    ReplaceNone,
}

/// <summary>Where a token could go: the parameter's name and whether a plain positional argument binds to it.</summary>
internal readonly struct TokenArgumentSlot
{
    public TokenArgumentSlot(TokenArgumentMode mode, string parameterName, bool named)
    {
        Mode = mode;
        ParameterName = parameterName;
        Named = named;
    }

    public TokenArgumentMode Mode { get; }

    public string ParameterName { get; }

    /// <summary>True when the token must be passed as <c>name: token</c> (later optional parameters, named arguments already used).</summary>
    public bool Named { get; }
}

/// <summary>
/// HOOK0008's question for one call: could it take a CancellationToken that it is not given?
/// The CA2016 idea: an optional token parameter left at its default, or an overload whose
/// parameters are this method's plus one trailing token; and calls given <c>CancellationToken.None</c>
/// or <c>default</c> although the hook's token is at hand. Calls that pass another token are left
/// alone, and so are shapes the fix could not map (an expanded params array, omitted optional
/// arguments the overload does not also make optional). Blocking waits (<c>task.Wait(token)</c>:
/// HOOK0001 says await it) and <c>Task.Run</c>/<c>StartNew</c> (the token only stops a task that has
/// not started yet) are not asked for a token.
/// </summary>
internal static class CancellationTokenOverloadFinder
{
    public static TokenArgumentSlot? Find(IInvocationOperation invocation, INamedTypeSymbol cancellationToken, INamedTypeSymbol within, Compilation compilation)
    {
        if (invocation.IsImplicit || invocation.Syntax is not InvocationExpressionSyntax syntax)
        {
            return null;
        }

        var method = invocation.TargetMethod;
        if (IsExempt(invocation))
        {
            return null;
        }

        foreach (var argument in invocation.Arguments)
        {
            if (argument.ArgumentKind == ArgumentKind.ParamArray && !argument.IsImplicit)
            {
                return null;
            }

            if (argument.ArgumentKind != ArgumentKind.DefaultValue && IsToken(argument.Parameter?.Type, cancellationToken))
            {
                // CancellationToken.None or default where the hook's token is available: replace it; any other token was chosen.
                return IsNoneToken(argument.Value) && argument.Parameter is { } parameter
                    ? new TokenArgumentSlot(TokenArgumentMode.ReplaceNone, parameter.Name, named: false)
                    : null;
            }
        }

        var written = syntax.ArgumentList.Arguments;
        var usesNames = written.Any(a => a.NameColon is not null);

        // Reduced extension call (client.GetAsync(url)): the receiver is parameter 0 but not in the argument list.
        var receiverOffset = method.IsExtensionMethod && invocation.Arguments.Length > 0 && invocation.Arguments[0].Syntax is not ArgumentSyntax ? 1 : 0;
        var positionalCount = written.Count + receiverOffset;

        var optional = method.Parameters.FirstOrDefault(p => p.IsOptional && IsToken(p.Type, cancellationToken));
        if (optional is not null)
        {
            return new TokenArgumentSlot(TokenArgumentMode.OptionalParameter, optional.Name, named: usesNames || positionalCount != optional.Ordinal);
        }

        var overload = FindOverload(method, cancellationToken, within, compilation);
        if (overload is null)
        {
            return null;
        }

        var omitted = invocation.Arguments.Where(a => a.ArgumentKind == ArgumentKind.DefaultValue).ToList();
        if (omitted.Any(a => a.Parameter is null || !overload.Parameters[a.Parameter.Ordinal].IsOptional))
        {
            return null; // the overload would need arguments the call does not give
        }

        var tokenParameter = overload.Parameters[overload.Parameters.Length - 1];
        return new TokenArgumentSlot(TokenArgumentMode.Overload, tokenParameter.Name, named: usesNames || omitted.Count > 0);
    }

    /// <summary><c>CancellationToken.None</c>, <c>default</c>, <c>default(CancellationToken)</c>, <c>new CancellationToken()</c> or <c>new CancellationToken(false)</c>.</summary>
    public static bool IsNoneToken(IOperation value)
    {
        while (value is IConversionOperation conversion)
        {
            value = conversion.Operand;
        }

        return value switch
        {
            IPropertyReferenceOperation { Property.Name: "None" } => true,
            IDefaultValueOperation => true,
            IObjectCreationOperation creation => creation.Arguments.All(a => a.Value.ConstantValue.Value is false),
            _ => false,
        };
    }

    private static bool IsExempt(IInvocationOperation invocation)
        => BlockingApis.Find(invocation) is not null
            || invocation.TargetMethod is { Name: "Run", ContainingType: { Name: "Task" } }
            || invocation.TargetMethod is { Name: "StartNew", ContainingType: { Name: "TaskFactory" } };

    public static bool IsToken(ITypeSymbol? type, INamedTypeSymbol cancellationToken)
        => type is not null && SymbolEqualityComparer.Default.Equals(type, cancellationToken);

    private static IMethodSymbol? FindOverload(IMethodSymbol method, INamedTypeSymbol cancellationToken, INamedTypeSymbol within, Compilation compilation)
    {
        var definition = method.OriginalDefinition;
        for (var type = definition.ContainingType; type is not null; type = type.BaseType)
        {
            foreach (var member in type.GetMembers(method.Name))
            {
                if (member is IMethodSymbol candidate
                    && !SymbolEqualityComparer.Default.Equals(candidate, definition)
                    && IsTokenOverload(definition, candidate, cancellationToken)
                    && compilation.IsSymbolAccessibleWithin(candidate, within))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    private static bool IsTokenOverload(IMethodSymbol method, IMethodSymbol candidate, INamedTypeSymbol cancellationToken)
    {
        if (candidate.IsStatic != method.IsStatic
            || candidate.TypeParameters.Length != method.TypeParameters.Length
            || candidate.Parameters.Length != method.Parameters.Length + 1)
        {
            return false;
        }

        var last = candidate.Parameters[candidate.Parameters.Length - 1];
        if (!IsToken(last.Type, cancellationToken) || last.RefKind != RefKind.None)
        {
            return false;
        }

        for (var i = 0; i < method.Parameters.Length; i++)
        {
            var mine = method.Parameters[i];
            var theirs = candidate.Parameters[i];
            if (mine.RefKind != theirs.RefKind || mine.IsParams || !SameType(mine.Type, theirs.Type))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Type equality where the methods' own type parameters match by position (<c>T</c> of one overload is <c>T</c> of the other).</summary>
    private static bool SameType(ITypeSymbol left, ITypeSymbol right)
    {
        if (left is ITypeParameterSymbol { TypeParameterKind: TypeParameterKind.Method } l
            && right is ITypeParameterSymbol { TypeParameterKind: TypeParameterKind.Method } r)
        {
            return l.Ordinal == r.Ordinal;
        }

        if (left is IArrayTypeSymbol leftArray && right is IArrayTypeSymbol rightArray)
        {
            return leftArray.Rank == rightArray.Rank && SameType(leftArray.ElementType, rightArray.ElementType);
        }

        if (left is INamedTypeSymbol { IsGenericType: true } leftNamed && right is INamedTypeSymbol { IsGenericType: true } rightNamed)
        {
            if (!SymbolEqualityComparer.Default.Equals(leftNamed.OriginalDefinition, rightNamed.OriginalDefinition))
            {
                return false;
            }

            for (var i = 0; i < leftNamed.TypeArguments.Length; i++)
            {
                if (!SameType(leftNamed.TypeArguments[i], rightNamed.TypeArguments[i]))
                {
                    return false;
                }
            }

            return true;
        }

        return SymbolEqualityComparer.Default.Equals(left, right);
    }
}
