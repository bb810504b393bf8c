using System.Text;

namespace HookAnalyzers.Analyzers.Internals.Knowledge;

/// <summary>
/// Names the catalogues match on: the namespace-qualified metadata name of a type
/// (<c>Confluent.Kafka.IProducer`2</c>, nested types joined with <c>+</c>), so a library is
/// recognised without being referenced and a look-alike in another namespace is not.
/// </summary>
internal static class MetadataNames
{
    public static string Of(ITypeSymbol? type)
    {
        if (type is null)
        {
            return string.Empty;
        }

        var builder = new StringBuilder(type.MetadataName);
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            builder.Insert(0, outer.MetadataName + "+");
        }

        if (type.ContainingNamespace is { IsGlobalNamespace: false } ns)
        {
            builder.Insert(0, ns.ToDisplayString() + ".");
        }

        return builder.ToString();
    }

    /// <summary>
    /// The method as declared: an extension call's static method, a generic method's definition,
    /// and for interface and class members the type that declares them (<c>IBus.Publish</c>
    /// inherited from <c>IPublishEndpoint</c> is <c>IPublishEndpoint.Publish</c>).
    /// </summary>
    public static IMethodSymbol Declared(IMethodSymbol method)
    {
        var declared = (method.ReducedFrom ?? method).OriginalDefinition;
        while (declared.OverriddenMethod is { } overridden)
        {
            declared = overridden.OriginalDefinition;
        }

        return declared;
    }

    /// <summary><c>Namespace.Type.Method</c> of the declared method, as users write it in .editorconfig lists.</summary>
    public static string QualifiedName(IMethodSymbol method)
    {
        var declared = Declared(method);
        return Of(declared.ContainingType) + "." + declared.Name;
    }
}
