namespace HookAnalyzers.CodeFixes.Internals.AsyncRewriting;

/// <summary>
/// The semantic half of "make this method async": may an <c>await</c> go here, and can the
/// enclosing method or local function become async without breaking its callers? The rewrite
/// itself (<see cref="MethodAsyncRewriter"/>) is purely syntactic, so a Fix All computes one plan
/// per function and every await in it merges into a single edit.
/// </summary>
internal static class AsyncPlanner
{
    /// <summary>Plans an await at <paramref name="node"/>: false inside a lambda, a lock or unsafe code, or when its function cannot become async.</summary>
    public static bool TryPlanAwaitAt(SemanticModel model, SyntaxNode node, CancellationToken cancellationToken, out AsyncPlan plan)
    {
        plan = default;
        if (FindEnclosingFunction(node) is not { } function
            || !CanAwaitAt(node, function)
            || !TryPlan(model, function, cancellationToken, out var conversion))
        {
            return false;
        }

        plan = new AsyncPlan(function, conversion);
        return true;
    }

    /// <summary>The method or local function whose body holds <paramref name="node"/>; null inside a lambda (making the lambda async changes its delegate type).</summary>
    public static SyntaxNode? FindEnclosingFunction(SyntaxNode node)
    {
        foreach (var ancestor in node.Ancestors())
        {
            switch (ancestor)
            {
                case AnonymousFunctionExpressionSyntax:
                    return null;
                case MethodDeclarationSyntax or LocalFunctionStatementSyntax:
                    return ancestor;
            }
        }

        return null;
    }

    /// <summary>Decides how <paramref name="function"/> becomes async; false when that would change its meaning or break callers.</summary>
    public static bool TryPlan(SemanticModel model, SyntaxNode function, CancellationToken cancellationToken, out AsyncConversionKind conversion)
    {
        conversion = AsyncConversionKind.None;
        if (model.GetDeclaredSymbol(function, cancellationToken) is not IMethodSymbol method)
        {
            return false;
        }

        if (method.IsAsync)
        {
            return true;
        }

        // An async method cannot have ref/out/in parameters or ref struct (Span) parameters.
        if (method.Parameters.Any(p => p.RefKind != RefKind.None || p.Type.IsRefLikeType))
        {
            return false;
        }

        if (method.ReturnsVoid)
        {
            conversion = AsyncConversionKind.FromVoid;
            return CanChangeReturnType(method, model, function, cancellationToken);
        }

        conversion = method.ReturnType.OriginalDefinition.ToDisplayString() switch
        {
            "System.Threading.Tasks.Task" or "System.Threading.Tasks.ValueTask" => AsyncConversionKind.FromTask,
            "System.Threading.Tasks.Task<TResult>" or "System.Threading.Tasks.ValueTask<TResult>" => AsyncConversionKind.FromTaskOfT,
            _ => AsyncConversionKind.None,
        };
        return conversion != AsyncConversionKind.None;
    }

    /// <summary>
    /// void to Task breaks overrides, interface implementations and every use as a delegate
    /// (<c>Action a = Flush;</c>); calls are fine. A method is looked for in its document (the common
    /// case: a hook is only called by generated code), a local function in its enclosing scope.
    /// </summary>
    public static bool CanChangeReturnType(IMethodSymbol method, SemanticModel model, SyntaxNode function, CancellationToken cancellationToken)
    {
        if (method.IsOverride || method.ExplicitInterfaceImplementations.Length > 0 || ImplementsInterface(method))
        {
            return false;
        }

        var scope = method.MethodKind == MethodKind.LocalFunction ? function.Parent : model.SyntaxTree.GetRoot(cancellationToken);
        return scope is null || !IsUsedAsDelegate(method, scope, model, cancellationToken);
    }

    /// <summary>
    /// True when an <c>await</c> at <paramref name="node"/> would compile once <paramref name="function"/>
    /// is async: not in a <c>lock</c> of that function, and not in unsafe code.
    /// </summary>
    private static bool CanAwaitAt(SyntaxNode node, SyntaxNode function)
        => !node.Ancestors().TakeWhile(a => a != function).Any(a => a is LockStatementSyntax)
            && !node.Ancestors().Any(IsUnsafeContext);

    private static bool IsUnsafeContext(SyntaxNode node) => node switch
    {
        UnsafeStatementSyntax => true,
        MethodDeclarationSyntax method => method.Modifiers.Any(SyntaxKind.UnsafeKeyword),
        LocalFunctionStatementSyntax local => local.Modifiers.Any(SyntaxKind.UnsafeKeyword),
        _ => false,
    };

    /// <summary>Any mention of <paramref name="method"/> in <paramref name="scope"/> that is not a call: <c>Flush()</c> and <c>Type.Flush()</c> are calls.</summary>
    private static bool IsUsedAsDelegate(IMethodSymbol method, SyntaxNode scope, SemanticModel model, CancellationToken cancellationToken)
    {
        foreach (var name in scope.DescendantNodes().OfType<IdentifierNameSyntax>())
        {
            if (name.Identifier.ValueText == method.Name
                && !(name.Parent is InvocationExpressionSyntax invocation && invocation.Expression == name)
                && !(name.Parent is MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax outer } access && access.Name == name && outer.Expression == access)
                && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(name, cancellationToken).Symbol, method))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ImplementsInterface(IMethodSymbol method)
    {
        var type = method.ContainingType;
        if (type is null || method.MethodKind != MethodKind.Ordinary)
        {
            return false;
        }

        foreach (var @interface in type.AllInterfaces)
        {
            foreach (var member in @interface.GetMembers(method.Name))
            {
                if (SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(member), method))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
