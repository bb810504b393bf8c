using Microsoft.CodeAnalysis.Text;

namespace HookAnalyzers.CodeFixes.Internals;

/// <summary>
/// Shared by the HOOK0012 and HOOK0013 fixes: the diagnostic sits on the call that creates the
/// builder or the app; when that call initializes a local (<c>var app = builder.Build();</c>) the
/// generated method is called on that local in a new statement right after it.
/// </summary>
internal static class WiringCallInserter
{
    /// <summary>The declaration statement and its variable name, or null when the fix cannot place the call.</summary>
    public static (LocalDeclarationStatementSyntax Statement, string Variable)? FindDeclaration(SyntaxNode root, TextSpan span)
    {
        var invocation = root.FindNode(span, getInnermostNodeForTie: true).FirstAncestorOrSelf<InvocationExpressionSyntax>();
        if (invocation?.Parent is not EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax declarator }
            || declarator.Parent is not VariableDeclarationSyntax { Variables.Count: 1, Parent: LocalDeclarationStatementSyntax statement })
        {
            return null;
        }

        // `using var app = ...` disposes at the end of the scope: adding a call after it is still
        // right, but a declaration outside a statement list (e.g. an embedded statement) has no "after".
        return statement.Parent is GlobalStatementSyntax or BlockSyntax
            ? (statement, declarator.Identifier.Text)
            : null;
    }

    /// <summary>Inserts <c>{variable}.{method}();</c> on its own line after <paramref name="statement"/>, with its indentation.</summary>
    public static SyntaxNode InsertCallAfter(SyntaxNode root, LocalDeclarationStatementSyntax statement, string variable, string method)
    {
        var anchor = statement.Parent is GlobalStatementSyntax global ? (SyntaxNode)global : statement;
        var newLine = NewLineOf(root);
        var indentation = anchor.GetLeadingTrivia().LastOrDefault(t => t.IsKind(SyntaxKind.WhitespaceTrivia));
        var leading = SyntaxFactory.TriviaList(indentation.IsKind(SyntaxKind.WhitespaceTrivia) ? new[] { indentation } : Array.Empty<SyntaxTrivia>());
        if (!anchor.GetTrailingTrivia().Any(SyntaxKind.EndOfLineTrivia))
        {
            // The declaration is the file's last line: start a new one.
            leading = leading.Insert(0, SyntaxFactory.EndOfLine(newLine));
        }

        StatementSyntax call = SyntaxFactory.ExpressionStatement(
                SyntaxFactory.InvocationExpression(
                    SyntaxFactory.MemberAccessExpression(
                        SyntaxKind.SimpleMemberAccessExpression,
                        SyntaxFactory.IdentifierName(variable),
                        SyntaxFactory.IdentifierName(method))))
            .WithLeadingTrivia(leading)
            .WithTrailingTrivia(SyntaxFactory.EndOfLine(newLine));

        SyntaxNode inserted = anchor is GlobalStatementSyntax ? SyntaxFactory.GlobalStatement(call) : call;
        return root.InsertNodesAfter(anchor, new[] { inserted });
    }

    private static string NewLineOf(SyntaxNode root)
    {
        var endOfLine = root.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
        return endOfLine.IsKind(SyntaxKind.EndOfLineTrivia) ? endOfLine.ToString() : "\n";
    }
}
