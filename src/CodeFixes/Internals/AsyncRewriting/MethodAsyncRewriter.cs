using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace HookAnalyzers.CodeFixes.Internals.AsyncRewriting;

/// <summary>
/// The syntactic half of "make this method async", shared by every fix that puts in an
/// <c>await</c> (HOOK0001, HOOK0002, HOOK0006) or changes <c>void</c> to <c>Task</c> (HOOK0005).
/// Plans come from <see cref="AsyncPlanner"/>.
/// </summary>
internal static class MethodAsyncRewriter
{
    /// <summary>
    /// Puts in every await, then makes each function that got one async, once. Fix All gives many
    /// awaits in one function, each wanting to add <c>async</c>; the batch fixer would drop all but
    /// one of those overlapping edits, so the fixers call this once per document instead.
    /// </summary>
    public static SyntaxNode ApplyAwaits(SyntaxNode root, IEnumerable<AwaitEdit> edits)
    {
        var awaits = new Dictionary<ExpressionSyntax, AwaitEdit>();
        var functions = new Dictionary<SyntaxNode, AsyncConversionKind>();
        foreach (var edit in edits)
        {
            awaits[edit.Replaced] = edit;
            functions[edit.Plan.Function] = edit.Plan.Conversion;
        }

        // Tracking keeps hold of the functions while the awaits go in, and of outer functions while inner local functions change.
        root = root.TrackNodes(functions.Keys.Concat(awaits.Keys));
        var tracked = awaits.ToDictionary(pair => root.GetCurrentNode(pair.Key)!, pair => pair.Value);
        root = root.ReplaceNodes(tracked.Keys, (node, rewritten) => Await(tracked[node].Awaited(rewritten), node));

        // Innermost first: converting a local function must not lose track of the method around it.
        foreach (var pair in functions.OrderByDescending(p => p.Key.SpanStart))
        {
            var function = root.GetCurrentNode(pair.Key)!;
            root = root.ReplaceNode(function, Convert(function, pair.Value));
        }

        return root;
    }

    /// <summary>
    /// <c>await awaited</c> in place of <paramref name="replaced"/>, with its trivia; parenthesised
    /// where the await would otherwise bind looser than what follows (<c>(await t).ToString()</c>).
    /// </summary>
    public static ExpressionSyntax Await(ExpressionSyntax awaited, SyntaxNode replaced)
    {
        awaited = awaited.WithoutTrivia();
        if (!BindsAtLeastAsTightAsAwait(awaited))
        {
            // `return a ?? b;` must become `await (a ?? b)`, not `(await a) ?? b`.
            awaited = SyntaxFactory.ParenthesizedExpression(awaited);
        }

        ExpressionSyntax result = SyntaxFactory.AwaitExpression(
            SyntaxFactory.Token(SyntaxKind.AwaitKeyword).WithTrailingTrivia(SyntaxFactory.Space),
            awaited);
        if (replaced.Parent is MemberAccessExpressionSyntax or ConditionalAccessExpressionSyntax or ElementAccessExpressionSyntax or PostfixUnaryExpressionSyntax)
        {
            result = SyntaxFactory.ParenthesizedExpression(result);
        }

        return result.WithTriviaFrom(replaced);
    }

    /// <summary>Primary and unary expressions: <c>await</c> in front of them applies to the whole.</summary>
    private static bool BindsAtLeastAsTightAsAwait(ExpressionSyntax expression)
        => expression is InvocationExpressionSyntax or MemberAccessExpressionSyntax or ElementAccessExpressionSyntax
            or ConditionalAccessExpressionSyntax or SimpleNameSyntax or ParenthesizedExpressionSyntax
            or BaseObjectCreationExpressionSyntax or LiteralExpressionSyntax or DefaultExpressionSyntax
            or AwaitExpressionSyntax or CastExpressionSyntax or PrefixUnaryExpressionSyntax or PostfixUnaryExpressionSyntax
            or ThisExpressionSyntax or BaseExpressionSyntax;

    /// <summary>Applies <paramref name="conversion"/> to a (possibly already edited) method or local function.</summary>
    public static SyntaxNode Convert(SyntaxNode function, AsyncConversionKind conversion)
    {
        switch (conversion)
        {
            case AsyncConversionKind.FromVoid:
                var voidType = FunctionSyntax.ReturnTypeOf(function);
                return FunctionSyntax.AddAsyncModifier(FunctionSyntax.WithReturnType(function, TaskReturnType(voidType)));
            case AsyncConversionKind.FromTask:
            case AsyncConversionKind.FromTaskOfT:
                return FunctionSyntax.AddAsyncModifier(RewriteReturns(function, keepValue: conversion == AsyncConversionKind.FromTaskOfT));
            default:
                return function;
        }
    }

    /// <summary>The <c>Task</c> that replaces <paramref name="voidType"/>: fully qualified, shortened with a using added by <see cref="CleanUpAsync"/>.</summary>
    public static TypeSyntax TaskReturnType(TypeSyntax voidType)
        => SyntaxFactory.ParseTypeName("global::System.Threading.Tasks.Task")
            .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation)
            .WithTriviaFrom(voidType);

    /// <summary>
    /// Adds the imports the new code needs, shortens annotated names and formats what changed
    /// (done here explicitly so the result does not depend on the host's code action post-processing).
    /// </summary>
    public static async Task<Document> CleanUpAsync(Document document, CancellationToken cancellationToken)
    {
        var before = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        document = await ImportAdder.AddImportsAsync(document, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        document = await Simplifier.ReduceAsync(document, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        document = await KeepFileStartAsync(document, before, cancellationToken).ConfigureAwait(false);
        return await Formatter.FormatAsync(document, Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// In a file without using directives whose names come from global usings (a project with
    /// implicit usings), the import adder adds a using the simplifier then removes as unneeded, and
    /// the blank line that separated it from the code stays at the top of the file. When no
    /// directive was added in the end, the file keeps the start it had.
    /// </summary>
    private static async Task<Document> KeepFileStartAsync(Document document, SyntaxNode? before, CancellationToken cancellationToken)
    {
        if (before is not CompilationUnitSyntax original
            || await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false) is not CompilationUnitSyntax imported
            || imported.Usings.Count != original.Usings.Count)
        {
            return document;
        }

        var first = imported.GetFirstToken(includeZeroWidth: true);
        var originalFirst = original.GetFirstToken(includeZeroWidth: true);
        return first.IsKind(originalFirst.Kind()) && first.LeadingTrivia.ToFullString() != originalFirst.LeadingTrivia.ToFullString()
            ? document.WithSyntaxRoot(imported.ReplaceToken(first, first.WithLeadingTrivia(originalFirst.LeadingTrivia)))
            : document;
    }

    private static SyntaxNode RewriteReturns(SyntaxNode function, bool keepValue)
    {
        if (FunctionSyntax.BlockBodyOf(function) is { } block)
        {
            return function.ReplaceNode(block, ReturnRewriter.Rewrite(block, keepValue));
        }

        if (FunctionSyntax.ExpressionBodyOf(function) is { } arrow)
        {
            // `Task M() => Task.CompletedTask` has nothing left to do once async: an empty body.
            return ReturnRewriter.Rewrite(arrow, keepValue) is { } awaited
                ? function.ReplaceNode(arrow, awaited)
                : FunctionSyntax.WithEmptyBlockBody(function).WithAdditionalAnnotations(Formatter.Annotation);
        }

        return function;
    }
}
