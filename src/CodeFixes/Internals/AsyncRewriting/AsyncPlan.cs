namespace HookAnalyzers.CodeFixes.Internals.AsyncRewriting;

/// <summary>The method or local function an await goes into, and how it becomes async.</summary>
internal readonly record struct AsyncPlan(SyntaxNode Function, AsyncConversionKind Conversion);

/// <summary>
/// One await to put in: <see cref="Replaced"/> gives way to <c>await</c> of what
/// <see cref="Awaited"/> returns. <see cref="Awaited"/> is handed the expression with any nested
/// edits already applied, so awaits inside awaits (Fix All) compose.
/// </summary>
internal readonly record struct AwaitEdit(ExpressionSyntax Replaced, Func<ExpressionSyntax, ExpressionSyntax> Awaited, AsyncPlan Plan);
