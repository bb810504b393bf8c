using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace HookAnalyzers.Analyzers.Internals;

/// <summary>
/// Where a call's diagnostic goes: from the called member's name to the end of the call, so in a
/// multi-line chain (<c>client.GetAsync(url)\n    .GetAwaiter()\n    .GetResult()</c>) the squiggle
/// sits under <c>GetResult()</c>, not under the whole statement. Fixers find the call again with
/// <c>FindNode</c> on this span (the smallest node containing it is the invocation).
/// </summary>
internal static class MemberLocation
{
    public static Location Of(IOperation operation)
    {
        var syntax = operation.Syntax;
        var name = syntax switch
        {
            InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } => access.Name,
            InvocationExpressionSyntax { Expression: MemberBindingExpressionSyntax binding } => binding.Name,
            MemberAccessExpressionSyntax access => access.Name,
            MemberBindingExpressionSyntax binding => binding.Name,
            _ => null,
        };

        return name is null
            ? syntax.GetLocation()
            : Location.Create(syntax.SyntaxTree, TextSpan.FromBounds(name.SpanStart, syntax.Span.End));
    }
}
