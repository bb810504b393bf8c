namespace HookAnalyzers.Analyzers.Internals.Knowledge;

/// <summary>
/// A lookup from (declaring type metadata name, method name) to what the catalogue knows about the
/// method. Interface methods are also found through the interfaces a type implements, so a call on
/// a concrete class that implements a listed interface method is recognised.
/// </summary>
internal sealed class MethodTable<T>
    where T : class
{
    private readonly Dictionary<string, Dictionary<string, T>> _byType = new(StringComparer.Ordinal);

    public MethodTable<T> Add(string typeMetadataName, T value, params string[] methodNames)
    {
        if (!_byType.TryGetValue(typeMetadataName, out var methods))
        {
            methods = new Dictionary<string, T>(StringComparer.Ordinal);
            _byType.Add(typeMetadataName, methods);
        }

        foreach (var name in methodNames)
        {
            methods[name] = value;
        }

        return this;
    }

    public T? Find(IMethodSymbol method)
    {
        var declared = MetadataNames.Declared(method);
        if (Find(declared.ContainingType, declared.Name) is { } direct)
        {
            return direct;
        }

        // A class implementing a listed interface: ServiceBusSender subclasses, a concrete producer.
        if (declared.ContainingType is { TypeKind: TypeKind.Class or TypeKind.Struct } type && !declared.IsStatic)
        {
            foreach (var candidate in type.AllInterfaces)
            {
                if (Find(candidate, declared.Name) is { } viaInterface && Implements(type, candidate, declared))
                {
                    return viaInterface;
                }
            }
        }

        return null;
    }

    private T? Find(INamedTypeSymbol? type, string methodName)
        => type is not null
            && _byType.TryGetValue(MetadataNames.Of(type.OriginalDefinition), out var methods)
            && methods.TryGetValue(methodName, out var value)
                ? value
                : null;

    private static bool Implements(INamedTypeSymbol type, INamedTypeSymbol @interface, IMethodSymbol method)
    {
        foreach (var member in @interface.GetMembers(method.Name))
        {
            if (SymbolEqualityComparer.Default.Equals(type.FindImplementationForInterfaceMember(member)?.OriginalDefinition, method))
            {
                return true;
            }
        }

        return false;
    }
}
