using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace HookAnalyzers.Analyzers.Internals;

internal static class AttributeArguments
{
    /// <summary>The named argument <paramref name="name"/> of an attribute application, else the attribute, else none.</summary>
    public static Location LocationOf(AttributeData? attribute, string name, CancellationToken cancellationToken)
    {
        if (attribute?.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is not AttributeSyntax syntax)
        {
            return Location.None;
        }

        var argument = syntax.ArgumentList?.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == name);
        return (argument ?? (SyntaxNode)syntax).GetLocation();
    }
}
