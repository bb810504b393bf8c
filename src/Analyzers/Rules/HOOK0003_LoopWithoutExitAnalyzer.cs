using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace HookAnalyzers.Analyzers.Rules;

/// <summary>
/// HOOK0003: <c>while (true)</c>, <c>for (;;)</c> or <c>do { } while (true)</c> in a hook body with
/// no way out (no break of the loop, return, throw or goto) and no cancellation check. Such a
/// loop can only end when the process dies.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class LoopWithoutExitAnalyzer() : HookAnalyzer(DiagnosticDescriptors.LoopWithoutExit)
{
    private protected override void Register(AnalysisContext context)
        => HookRule.RegisterHookBodies(
            context,
            static (block, hook) => block.RegisterOperationAction(operation => Analyze(operation, hook.DisplayName), OperationKind.Loop));

    private static void Analyze(OperationAnalysisContext context, string hookName)
    {
        if (context.Operation is not ILoopOperation loop
            || !LoopExits.IsInfinite(loop)
            || LoopExits.HasExit(loop)
            || LoopExits.ChecksCancellation(loop))
        {
            return;
        }

        var (span, text) = Header(loop.Syntax);
        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.LoopWithoutExit, Location.Create(loop.Syntax.SyntaxTree, span), text, hookName));
    }

    /// <summary>The loop's header (<c>while (true)</c>, <c>for (;;)</c>, <c>do</c>): a short squiggle that names the loop.</summary>
    private static (TextSpan Span, string Text) Header(SyntaxNode syntax)
        => syntax switch
        {
            WhileStatementSyntax w => (TextSpan.FromBounds(w.WhileKeyword.SpanStart, w.CloseParenToken.Span.End), "while (true)"),
            ForStatementSyntax f => (TextSpan.FromBounds(f.ForKeyword.SpanStart, f.CloseParenToken.Span.End), "for (;;)"),
            DoStatementSyntax d => (d.DoKeyword.Span, "do ... while (true)"),
            _ => (syntax.Span, "loop"),
        };
}
