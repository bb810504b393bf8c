using Microsoft.CodeAnalysis.Formatting;

namespace HookAnalyzers.CodeFixes.Internals.AsyncRewriting;

/// <summary>
/// Rewrites the returns of a Task-returning function that is becoming async: an async
/// <c>Task</c> method returns nothing (<c>return work;</c> becomes <c>await work; return;</c>,
/// <c>return Task.CompletedTask;</c> becomes <c>return;</c>), an async <c>Task&lt;T&gt;</c> one
/// returns the awaited value (<c>return await work;</c>). Returns of nested lambdas and local
/// functions belong to them and are left alone.
/// </summary>
internal sealed class ReturnRewriter : CSharpSyntaxRewriter
{
    private readonly BlockSyntax _body;
    private readonly bool _keepValue;

    private ReturnRewriter(BlockSyntax body, bool keepValue) => (_body, _keepValue) = (body, keepValue);

    /// <summary>The rewritten block body; a now-pointless <c>return;</c> at its end is dropped.</summary>
    public static BlockSyntax Rewrite(BlockSyntax body, bool keepValue)
        => DropTrailingReturn((BlockSyntax)new ReturnRewriter(body, keepValue).Visit(body));

    /// <summary>The rewritten expression body: <c>=&gt; await work</c>, or null when there is nothing to await and the body should become empty.</summary>
    public static ArrowExpressionClauseSyntax? Rewrite(ArrowExpressionClauseSyntax body, bool keepValue)
        => !keepValue && IsCompletedTask(body.Expression)
            ? null
            : body.WithExpression(MethodAsyncRewriter.Await(body.Expression, body.Expression));

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

    /// <summary>A <c>return;</c> as the last statement of an async method says nothing; a comment in front of it stays.</summary>
    private static BlockSyntax DropTrailingReturn(BlockSyntax body)
        => body.Statements.LastOrDefault() is ReturnStatementSyntax { Expression: null } last
            ? body.RemoveNode(last, last.GetLeadingTrivia().Any(t => !t.IsKind(SyntaxKind.WhitespaceTrivia) && !t.IsKind(SyntaxKind.EndOfLineTrivia)) ? SyntaxRemoveOptions.KeepLeadingTrivia : SyntaxRemoveOptions.KeepNoTrivia)!
            : body;

    public override SyntaxNode? VisitSimpleLambdaExpression(SimpleLambdaExpressionSyntax node) => node;

    public override SyntaxNode? VisitParenthesizedLambdaExpression(ParenthesizedLambdaExpressionSyntax node) => node;

    public override SyntaxNode? VisitAnonymousMethodExpression(AnonymousMethodExpressionSyntax node) => node;

    public override SyntaxNode? VisitLocalFunctionStatement(LocalFunctionStatementSyntax node) => node;

    public override SyntaxNode? VisitBlock(BlockSyntax node)
    {
        // In a block the expansion goes in line; VisitReturnStatement handles embedded statements.
        var statements = new List<StatementSyntax>();
        foreach (var statement in node.Statements)
        {
            if (statement is ReturnStatementSyntax { Expression: { } } ret && !_keepValue)
            {
                statements.AddRange(Expand(ret, endsFunction: node == _body && statement == node.Statements.Last()));
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

        if (_keepValue)
        {
            return node.WithExpression(MethodAsyncRewriter.Await(node.Expression, node.Expression).WithAdditionalAnnotations(Formatter.Annotation));
        }

        // An embedded statement (`if (x) return task;`): the expansion needs a block.
        return SyntaxFactory.Block(Expand(node, endsFunction: false)).WithTriviaFrom(node).WithAdditionalAnnotations(Formatter.Annotation);
    }

    /// <summary><c>return work;</c> as <c>await work; return;</c>, without the <c>return;</c> when it <paramref name="endsFunction"/>.</summary>
    private static IEnumerable<StatementSyntax> Expand(ReturnStatementSyntax node, bool endsFunction)
    {
        var value = node.Expression!;
        var bareReturn = SyntaxFactory.ReturnStatement().WithTriviaFrom(node);
        if (IsCompletedTask(value))
        {
            // At the end DropTrailingReturn removes it, keeping a comment above it.
            yield return bareReturn;
            yield break;
        }

        if (endsFunction)
        {
            // Takes the place of the return, comments on either side included.
            yield return SyntaxFactory.ExpressionStatement(MethodAsyncRewriter.Await(value, value)).WithTriviaFrom(node);
            yield break;
        }

        yield return SyntaxFactory.ExpressionStatement(MethodAsyncRewriter.Await(value.WithoutTrivia(), value))
            .WithLeadingTrivia(node.GetLeadingTrivia())
            .WithTrailingTrivia(SyntaxFactory.ElasticCarriageReturnLineFeed)
            .WithAdditionalAnnotations(Formatter.Annotation);
        yield return bareReturn.WithLeadingTrivia(IndentationOf(node));
    }

    /// <summary>The whitespace before the statement on its own line: a comment above it stays with the first statement only.</summary>
    private static SyntaxTriviaList IndentationOf(StatementSyntax statement)
    {
        var leading = statement.GetLeadingTrivia();
        var lineStart = leading.LastOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
        return lineStart == default ? leading : SyntaxFactory.TriviaList(leading.Skip(leading.IndexOf(lineStart) + 1));
    }
}
