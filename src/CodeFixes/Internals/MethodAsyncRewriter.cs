using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace HookAnalyzers.CodeFixes.Internals;

/// <summary>What making a method or local function async takes.</summary>
internal enum AsyncConversionKind
{
    /// <summary>Already async: nothing to change.</summary>
    None,

    /// <summary><c>void M()</c> becomes <c>async Task M()</c>.</summary>
    FromVoid,

    /// <summary><c>Task M()</c> / <c>ValueTask M()</c> gains <c>async</c>; <c>return task;</c> becomes <c>await task;</c>.</summary>
    FromTask,

    /// <summary><c>Task&lt;T&gt; M()</c> gains <c>async</c>; <c>return task;</c> becomes <c>return await task;</c>.</summary>
    FromTaskOfT,
}

/// <summary>
/// Makes a method or local function async for the escape fixes (HOOK0005, HOOK0006). The
/// blocking-rules fixes have their own AsyncConversion helper; the two are to be folded together.
/// Planning is semantic (can the signature change?); the rewrite itself is syntactic, so a
/// batch Fix All computes the same edit for every diagnostic in one method and the edits merge.
/// </summary>
internal static class MethodAsyncRewriter
{
    /// <summary>The method or local function whose body holds <paramref name="node"/>; null inside a lambda.</summary>
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

        // A non-async Task method with an expression body returns its task already.
        if (BodyOf(function).Block is null)
        {
            return false;
        }

        var returnType = method.ReturnType.OriginalDefinition.ToDisplayString();
        conversion = returnType switch
        {
            "System.Threading.Tasks.Task" or "System.Threading.Tasks.ValueTask" => AsyncConversionKind.FromTask,
            "System.Threading.Tasks.Task<TResult>" or "System.Threading.Tasks.ValueTask<TResult>" => AsyncConversionKind.FromTaskOfT,
            _ => AsyncConversionKind.None,
        };
        return conversion != AsyncConversionKind.None;
    }

    /// <summary>void to Task breaks overrides, interface implementations and delegate conversions of a local function.</summary>
    public static bool CanChangeReturnType(IMethodSymbol method, SemanticModel model, SyntaxNode function, CancellationToken cancellationToken)
    {
        if (method.IsOverride || method.ExplicitInterfaceImplementations.Length > 0 || ImplementsInterface(method))
        {
            return false;
        }

        if (method.MethodKind != MethodKind.LocalFunction || function.Parent is null)
        {
            return true;
        }

        // Every use of the local function must be a call: `Action a = Flush;` would no longer compile.
        var scope = function.Parent;
        foreach (var name in scope.DescendantNodes().OfType<IdentifierNameSyntax>())
        {
            if (name.Identifier.ValueText == method.Name
                && !(name.Parent is InvocationExpressionSyntax invocation && invocation.Expression == name)
                && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(name, cancellationToken).Symbol, method))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Applies <paramref name="conversion"/> to a (possibly already edited) function node.</summary>
    public static SyntaxNode Convert(SyntaxNode function, AsyncConversionKind conversion)
    {
        switch (conversion)
        {
            case AsyncConversionKind.FromVoid:
                return AddAsync(WithReturnType(function, TaskType().WithTriviaFrom(ReturnTypeOf(function))));
            case AsyncConversionKind.FromTask:
            case AsyncConversionKind.FromTaskOfT:
                var body = BodyOf(function).Block!;
                var rewritten = (BlockSyntax)new ReturnRewriter(conversion == AsyncConversionKind.FromTaskOfT).Visit(body);
                return AddAsync(function.ReplaceNode(BodyOf(function).Block!, DropTrailingReturn(rewritten)));
            default:
                return function;
        }
    }

    /// <summary><c>System.Threading.Tasks.Task</c>, shortened to <c>Task</c> with a using added by <see cref="CleanUpAsync"/>.</summary>
    public static TypeSyntax TaskType()
        => SyntaxFactory.ParseTypeName("System.Threading.Tasks.Task")
            .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);

    /// <summary>Adds the imports the new code needs, shortens annotated names and formats what changed.</summary>
    public static async Task<Document> CleanUpAsync(Document document, CancellationToken cancellationToken)
    {
        document = await ImportAdder.AddImportsAsync(document, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        document = await Simplifier.ReduceAsync(document, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        return await Formatter.FormatAsync(document, Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    /// <summary><c>await expression</c>, keeping the expression's leading trivia in front of <c>await</c>.</summary>
    public static AwaitExpressionSyntax Await(ExpressionSyntax expression)
        => SyntaxFactory.AwaitExpression(
                SyntaxFactory.Token(SyntaxKind.AwaitKeyword).WithLeadingTrivia(expression.GetLeadingTrivia()).WithTrailingTrivia(SyntaxFactory.Space),
                expression.WithoutLeadingTrivia());

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

    private static TypeSyntax ReturnTypeOf(SyntaxNode function) => function switch
    {
        MethodDeclarationSyntax method => method.ReturnType,
        LocalFunctionStatementSyntax local => local.ReturnType,
        _ => throw new System.ArgumentException("Not a method or local function", nameof(function)),
    };

    private static (BlockSyntax? Block, ArrowExpressionClauseSyntax? Arrow) BodyOf(SyntaxNode function) => function switch
    {
        MethodDeclarationSyntax method => (method.Body, method.ExpressionBody),
        LocalFunctionStatementSyntax local => (local.Body, local.ExpressionBody),
        _ => (null, null),
    };

    private static SyntaxNode WithReturnType(SyntaxNode function, TypeSyntax type) => function switch
    {
        MethodDeclarationSyntax method => method.WithReturnType(type),
        LocalFunctionStatementSyntax local => local.WithReturnType(type),
        _ => function,
    };

    /// <summary>Adds <c>async</c> after the other modifiers (<c>public static async</c>), taking over the leading trivia when there are none.</summary>
    private static SyntaxNode AddAsync(SyntaxNode function)
    {
        var modifiers = function switch
        {
            MethodDeclarationSyntax method => method.Modifiers,
            LocalFunctionStatementSyntax local => local.Modifiers,
            _ => default,
        };
        if (modifiers.Any(SyntaxKind.AsyncKeyword))
        {
            return function;
        }

        var asyncKeyword = SyntaxFactory.Token(SyntaxKind.AsyncKeyword).WithTrailingTrivia(SyntaxFactory.Space);
        var returnType = ReturnTypeOf(function);
        if (modifiers.Count == 0)
        {
            asyncKeyword = asyncKeyword.WithLeadingTrivia(returnType.GetLeadingTrivia());
            function = WithReturnType(function, returnType.WithoutLeadingTrivia());
        }

        return function switch
        {
            MethodDeclarationSyntax method => method.WithModifiers(method.Modifiers.Add(asyncKeyword)),
            LocalFunctionStatementSyntax local => local.WithModifiers(local.Modifiers.Add(asyncKeyword)),
            _ => function,
        };
    }

    /// <summary>A <c>return;</c> as the last statement of an async method says nothing.</summary>
    private static BlockSyntax DropTrailingReturn(BlockSyntax body)
        => body.Statements.LastOrDefault() is ReturnStatementSyntax { Expression: null } last
            ? body.RemoveNode(last, last.GetLeadingTrivia().Any(t => !t.IsKind(SyntaxKind.WhitespaceTrivia) && !t.IsKind(SyntaxKind.EndOfLineTrivia)) ? SyntaxRemoveOptions.KeepLeadingTrivia : SyntaxRemoveOptions.KeepNoTrivia)!
            : body;

    /// <summary>Rewrites the function's own return statements (not those of nested lambdas or local functions).</summary>
    private sealed class ReturnRewriter(bool keepValue) : CSharpSyntaxRewriter
    {
        public override SyntaxNode? VisitSimpleLambdaExpression(SimpleLambdaExpressionSyntax node) => node;

        public override SyntaxNode? VisitParenthesizedLambdaExpression(ParenthesizedLambdaExpressionSyntax node) => node;

        public override SyntaxNode? VisitAnonymousMethodExpression(AnonymousMethodExpressionSyntax node) => node;

        public override SyntaxNode? VisitLocalFunctionStatement(LocalFunctionStatementSyntax node) => node;

        public override SyntaxNode? VisitBlock(BlockSyntax node)
        {
            var statements = new List<StatementSyntax>();
            foreach (var statement in node.Statements)
            {
                if (statement is ReturnStatementSyntax { Expression: { } } ret && !keepValue)
                {
                    statements.AddRange(Expand(ret));
                }
                else
                {
                    statements.Add((StatementSyntax)Visit(statement));
                }
            }

            return node.WithStatements(SyntaxFactory.List(statements));
        }

        public override SyntaxNode? VisitReturnStatement(ReturnStatementSyntax node)
        {
            if (node.Expression is null)
            {
                return node;
            }

            if (keepValue)
            {
                return node.WithExpression(Await(node.Expression).WithAdditionalAnnotations(Formatter.Annotation));
            }

            // An embedded statement (`if (x) return task;`): the expansion needs a block.
            return SyntaxFactory.Block(Expand(node)).WithTriviaFrom(node).WithAdditionalAnnotations(Formatter.Annotation);
        }

        private static IEnumerable<StatementSyntax> Expand(ReturnStatementSyntax node)
        {
            var value = node.Expression!;
            var bareReturn = SyntaxFactory.ReturnStatement().WithTriviaFrom(node);
            if (IsCompletedTask(value))
            {
                yield return bareReturn;
                yield break;
            }

            yield return SyntaxFactory.ExpressionStatement(Await(value.WithoutTrivia()))
                .WithLeadingTrivia(node.GetLeadingTrivia())
                .WithTrailingTrivia(SyntaxFactory.ElasticCarriageReturnLineFeed)
                .WithAdditionalAnnotations(Formatter.Annotation);
            yield return bareReturn.WithLeadingTrivia(node.GetLeadingTrivia());
        }

        /// <summary><c>Task.CompletedTask</c>, <c>ValueTask.CompletedTask</c>, <c>default</c>, <c>new ValueTask()</c>: nothing to await.</summary>
        private static bool IsCompletedTask(ExpressionSyntax value) => value switch
        {
            MemberAccessExpressionSyntax { Name.Identifier.ValueText: "CompletedTask" } => true,
            LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.DefaultLiteralExpression) => true,
            DefaultExpressionSyntax => true,
            ObjectCreationExpressionSyntax { ArgumentList.Arguments.Count: 0 } creation => creation.Type.ToString().EndsWith("ValueTask", System.StringComparison.Ordinal),
            ImplicitObjectCreationExpressionSyntax { ArgumentList.Arguments.Count: 0 } => true,
            _ => false,
        };
    }
}
