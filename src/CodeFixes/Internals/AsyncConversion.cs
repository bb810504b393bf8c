using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace HookAnalyzers.CodeFixes.Internals;

/// <summary>
/// Shared by the fixers that replace a blocking call with <c>await</c> (HOOK0001, HOOK0002 and,
/// possibly, the escape/cancellation rules): build the await expression, find the hook's
/// CancellationToken, and turn the hook into an <c>async</c> method. A <c>void</c> hook becomes
/// <c>async Task</c>, which the generator supports; a non-async <c>Task</c>/<c>ValueTask</c> hook
/// has its <c>return task;</c> statements rewritten to <c>await task;</c>.
/// </summary>
internal static class AsyncConversion
{
    /// <summary>
    /// Replaces each blocking expression with <c>await</c> of what <c>toAwait</c> returns (given the
    /// expression with any nested edits already applied) and makes every method that got an await
    /// async. One pass over the root, so a single fix and Fix All (many edits in one method, which
    /// all want to add <c>async</c>) give the same text; the batch fixer would drop the overlapping
    /// <c>async</c> edits.
    /// </summary>
    public static SyntaxNode ReplaceWithAwait(SyntaxNode root, IReadOnlyList<(ExpressionSyntax Blocking, Func<ExpressionSyntax, ExpressionSyntax> ToAwait)> edits)
    {
        var byNode = new Dictionary<SyntaxNode, Func<ExpressionSyntax, ExpressionSyntax>>();
        var methods = new HashSet<SyntaxNode>();
        foreach (var (blocking, toAwait) in edits)
        {
            if (blocking.FirstAncestorOrSelf<MethodDeclarationSyntax>() is { } method)
            {
                byNode[blocking] = toAwait;
                methods.Add(method);
            }
        }

        return root.ReplaceNodes(
            byNode.Keys.Concat(methods),
            (original, rewritten) => methods.Contains(original)
                ? MakeAsync((MethodDeclarationSyntax)rewritten)
                : Await(byNode[original]((ExpressionSyntax)rewritten), original));
    }

    /// <summary><c>await awaited</c>, parenthesised when it replaces <paramref name="replaced"/> inside a member access or the like.</summary>
    public static ExpressionSyntax Await(ExpressionSyntax awaited, SyntaxNode replaced)
    {
        ExpressionSyntax result = SyntaxFactory.AwaitExpression(awaited.WithoutTrivia());
        if (replaced.Parent is MemberAccessExpressionSyntax or ConditionalAccessExpressionSyntax or ElementAccessExpressionSyntax or PostfixUnaryExpressionSyntax)
        {
            result = SyntaxFactory.ParenthesizedExpression(result);
        }

        return result.WithTriviaFrom(replaced);
    }

    /// <summary>True when an <c>await</c> at <paramref name="node"/> would compile once its method is async (not in a lock, not in an unsafe block).</summary>
    public static bool CanAwaitAt(SyntaxNode node)
        => !node.Ancestors().TakeWhile(a => a is not MemberDeclarationSyntax).Any(a => a is LockStatementSyntax or UnsafeStatementSyntax)
            && node.FirstAncestorOrSelf<MethodDeclarationSyntax>() is { } method
            && !method.Modifiers.Any(SyntaxKind.UnsafeKeyword)
            && !method.ParameterList.Parameters.Any(p => p.Modifiers.Any(m => m.IsKind(SyntaxKind.RefKeyword) || m.IsKind(SyntaxKind.OutKeyword) || m.IsKind(SyntaxKind.InKeyword)));

    /// <summary>
    /// False when turning the method async would break other code: a <c>void</c> method that
    /// overrides, implements an interface member or is used as a method group (<c>Action a = Flush;</c>)
    /// cannot become <c>Task</c>. Already-async, Task and ValueTask methods are fine.
    /// </summary>
    public static bool CanMakeAsync(MethodDeclarationSyntax method, SemanticModel model, System.Threading.CancellationToken cancellationToken)
    {
        if (model.GetDeclaredSymbol(method, cancellationToken) is not { } symbol)
        {
            return false;
        }

        if (symbol.IsAsync || !symbol.ReturnsVoid)
        {
            return symbol.IsAsync || IsTaskLike(symbol.ReturnType);
        }

        if (symbol.IsOverride || symbol.ExplicitInterfaceImplementations.Length > 0 || ImplementsInterfaceMember(symbol))
        {
            return false;
        }

        // Method-group uses in this document (the common case: a hook is only called by generated code).
        foreach (var name in model.SyntaxTree.GetRoot(cancellationToken).DescendantNodes().OfType<IdentifierNameSyntax>())
        {
            if (name.Identifier.ValueText == symbol.Name
                && !(name.Parent is InvocationExpressionSyntax invocation && invocation.Expression == name)
                && !(name.Parent is MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax outer } access && access.Name == name && outer.Expression == access)
                && SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(name, cancellationToken).Symbol, symbol))
            {
                return false;
            }
        }

        return true;
    }

    private static bool ImplementsInterfaceMember(IMethodSymbol method)
    {
        foreach (var @interface in method.ContainingType.AllInterfaces)
        {
            foreach (var member in @interface.GetMembers(method.Name))
            {
                if (SymbolEqualityComparer.Default.Equals(method.ContainingType.FindImplementationForInterfaceMember(member), method))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsTaskLike(ITypeSymbol type)
        => type is INamedTypeSymbol { Name: "Task" or "ValueTask", IsGenericType: false } named && named.ContainingNamespace?.ToDisplayString() == "System.Threading.Tasks";

    /// <summary>The name of the method's CancellationToken parameter, if it has one.</summary>
    public static string? CancellationTokenParameter(MethodDeclarationSyntax method, SemanticModel model)
        => model.GetDeclaredSymbol(method) is { } symbol
            ? symbol.Parameters.FirstOrDefault(p => IsCancellationToken(p.Type))?.Name
            : null;

    public static bool IsCancellationToken(ITypeSymbol type)
        => type is INamedTypeSymbol { Name: "CancellationToken" } named && named.ContainingNamespace?.ToDisplayString() == "System.Threading";

    /// <summary><c>global::System.Threading.Tasks.Task</c>, simplified to <c>Task</c> by the code action when the namespace is imported.</summary>
    public static TypeSyntax TaskType()
        => SyntaxFactory.ParseTypeName("global::System.Threading.Tasks.Task").WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);

    /// <summary>
    /// Adds <c>using System.Threading.Tasks;</c> where the new code needs it, then shortens and
    /// formats the annotated nodes (done here explicitly so the result does not depend on the host's
    /// code action post-processing).
    /// </summary>
    public static async System.Threading.Tasks.Task<Document> CleanUpAsync(Document document, System.Threading.CancellationToken cancellationToken)
    {
        document = await ImportAdder.AddImportsAsync(document, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        document = await Simplifier.ReduceAsync(document, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        return await Formatter.FormatAsync(document, Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Makes <paramref name="method"/> async; no change when it already is.</summary>
    public static MethodDeclarationSyntax MakeAsync(MethodDeclarationSyntax method)
    {
        if (method.Modifiers.Any(SyntaxKind.AsyncKeyword))
        {
            return method;
        }

        var returnsVoid = method.ReturnType is PredefinedTypeSyntax predefined && predefined.Keyword.IsKind(SyntaxKind.VoidKeyword);
        if (!returnsVoid)
        {
            method = RewriteReturns(method);
        }

        var returnType = returnsVoid ? TaskType().WithTriviaFrom(method.ReturnType) : method.ReturnType;

        // `async` goes last among the modifiers (public static async Task), or takes the return type's leading trivia.
        SyntaxTokenList modifiers;
        if (method.Modifiers.Count == 0)
        {
            modifiers = SyntaxFactory.TokenList(SyntaxFactory.Token(SyntaxKind.AsyncKeyword).WithLeadingTrivia(returnType.GetLeadingTrivia()).WithTrailingTrivia(SyntaxFactory.Space));
            returnType = returnType.WithoutLeadingTrivia();
        }
        else
        {
            modifiers = method.Modifiers.Add(SyntaxFactory.Token(SyntaxKind.AsyncKeyword).WithTrailingTrivia(SyntaxFactory.Space));
        }

        return method.WithModifiers(modifiers).WithReturnType(returnType);
    }

    /// <summary>
    /// In a non-async Task/ValueTask method, <c>return Task.CompletedTask;</c> becomes <c>return;</c>
    /// (or disappears at the end) and <c>return work;</c> becomes <c>await work;</c>.
    /// Returns inside lambdas and local functions belong to them and are left alone.
    /// </summary>
    private static MethodDeclarationSyntax RewriteReturns(MethodDeclarationSyntax method)
    {
        if (method.ExpressionBody is { } arrow)
        {
            return IsCompletedTask(arrow.Expression)
                ? method.WithExpressionBody(null).WithSemicolonToken(default).WithBody(SyntaxFactory.Block()).WithAdditionalAnnotations(Formatter.Annotation)
                : method.WithExpressionBody(arrow.WithExpression(SyntaxFactory.AwaitExpression(arrow.Expression.WithoutTrivia()).WithTriviaFrom(arrow.Expression)));
        }

        if (method.Body is not { } body)
        {
            return method;
        }

        var returns = body.DescendantNodes(n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax))
            .OfType<ReturnStatementSyntax>()
            .Where(r => r.Expression is not null)
            .ToList();
        var last = body.Statements.LastOrDefault();
        var newBody = body.ReplaceNodes(returns, (original, _) =>
        {
            var isLast = original == last;
            if (IsCompletedTask(original.Expression!))
            {
                // Removed at the end of the body; elsewhere it still has to leave the method.
                return isLast ? SyntaxFactory.EmptyStatement().WithTriviaFrom(original) : SyntaxFactory.ReturnStatement().WithTriviaFrom(original);
            }

            var awaitStatement = SyntaxFactory.ExpressionStatement(SyntaxFactory.AwaitExpression(original.Expression!.WithoutTrivia()));
            return isLast
                ? awaitStatement.WithTriviaFrom(original)
                : SyntaxFactory.Block(awaitStatement, SyntaxFactory.ReturnStatement()).WithTriviaFrom(original).WithAdditionalAnnotations(Formatter.Annotation);
        });

        // Drop the empty statement left where the final `return Task.CompletedTask;` was.
        if (newBody.Statements.LastOrDefault() is EmptyStatementSyntax empty && last is ReturnStatementSyntax)
        {
            newBody = newBody.RemoveNode(empty, SyntaxRemoveOptions.KeepNoTrivia)!;
        }

        return method.WithBody(newBody);
    }

    private static bool IsCompletedTask(ExpressionSyntax expression)
        => expression switch
        {
            MemberAccessExpressionSyntax { Name.Identifier.ValueText: "CompletedTask" } => true,
            LiteralExpressionSyntax literal => literal.IsKind(SyntaxKind.DefaultLiteralExpression),
            DefaultExpressionSyntax => true,
            ObjectCreationExpressionSyntax { ArgumentList.Arguments.Count: 0 } creation => creation.Type.ToString().EndsWith("ValueTask", System.StringComparison.Ordinal),
            ImplicitObjectCreationExpressionSyntax { ArgumentList.Arguments.Count: 0 } => true,
            _ => false,
        };
}
