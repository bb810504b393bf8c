namespace HookAnalyzers.CodeFixes.Internals.AsyncRewriting;

/// <summary>
/// Reads and rewrites the parts a method and a local function share (return type, modifiers,
/// body), which Roslyn declares separately on the two node types.
/// </summary>
internal static class FunctionSyntax
{
    public static TypeSyntax ReturnTypeOf(SyntaxNode function) => function switch
    {
        MethodDeclarationSyntax method => method.ReturnType,
        LocalFunctionStatementSyntax local => local.ReturnType,
        _ => throw NotAFunction(function),
    };

    public static SyntaxNode WithReturnType(SyntaxNode function, TypeSyntax type) => function switch
    {
        MethodDeclarationSyntax method => method.WithReturnType(type),
        LocalFunctionStatementSyntax local => local.WithReturnType(type),
        _ => throw NotAFunction(function),
    };

    public static BlockSyntax? BlockBodyOf(SyntaxNode function) => function switch
    {
        MethodDeclarationSyntax method => method.Body,
        LocalFunctionStatementSyntax local => local.Body,
        _ => null,
    };

    public static ArrowExpressionClauseSyntax? ExpressionBodyOf(SyntaxNode function) => function switch
    {
        MethodDeclarationSyntax method => method.ExpressionBody,
        LocalFunctionStatementSyntax local => local.ExpressionBody,
        _ => null,
    };

    /// <summary><c>M() => expression;</c> becomes <c>M() { }</c>.</summary>
    public static SyntaxNode WithEmptyBlockBody(SyntaxNode function) => function switch
    {
        MethodDeclarationSyntax method => method.WithExpressionBody(null).WithSemicolonToken(default).WithBody(SyntaxFactory.Block()),
        LocalFunctionStatementSyntax local => local.WithExpressionBody(null).WithSemicolonToken(default).WithBody(SyntaxFactory.Block()),
        _ => throw NotAFunction(function),
    };

    /// <summary>Adds <c>async</c> after the other modifiers (<c>public static async</c>), taking over the leading trivia when there are none.</summary>
    public static SyntaxNode AddAsyncModifier(SyntaxNode function)
    {
        var modifiers = function switch
        {
            MethodDeclarationSyntax method => method.Modifiers,
            LocalFunctionStatementSyntax local => local.Modifiers,
            _ => throw NotAFunction(function),
        };
        if (modifiers.Any(SyntaxKind.AsyncKeyword))
        {
            return function;
        }

        var asyncKeyword = SyntaxFactory.Token(SyntaxKind.AsyncKeyword).WithTrailingTrivia(SyntaxFactory.Space);
        var returnType = ReturnTypeOf(function);
        if (modifiers.Count == 0)
        {
            // Attributes aside, the return type came first and carried the indentation.
            asyncKeyword = asyncKeyword.WithLeadingTrivia(returnType.GetLeadingTrivia());
            function = WithReturnType(function, returnType.WithoutLeadingTrivia());
        }

        return function switch
        {
            MethodDeclarationSyntax method => method.WithModifiers(method.Modifiers.Add(asyncKeyword)),
            LocalFunctionStatementSyntax local => local.WithModifiers(local.Modifiers.Add(asyncKeyword)),
            _ => throw NotAFunction(function),
        };
    }

    private static ArgumentException NotAFunction(SyntaxNode node)
        => new($"Not a method or local function: {node.Kind()}", nameof(node));
}
