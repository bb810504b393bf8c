namespace HookAnalyzers.Analyzers.Internals.Knowledge;

/// <summary>
/// Synchronous calls that do no I/O although an async twin exists (HOOK0002 stays quiet):
/// in-memory streams, readers and writers, and readers, writers and serializers over them
/// (<c>new StreamReader(new MemoryStream(bytes)).ReadToEnd()</c>, <c>JsonSerializer.Serialize(memory, value)</c>);
/// and EF Core's <c>DbSet.Add</c>/<c>AddRange</c>, which only track entities (the insert is SaveChanges).
/// </summary>
internal static class InMemoryData
{
    private static readonly HashSet<string> InMemoryTypes = new(StringComparer.Ordinal)
    {
        "System.IO.MemoryStream",
        "System.IO.UnmanagedMemoryStream",
        "System.IO.StringWriter",
        "System.IO.StringReader",
    };

    /// <summary>Types that do I/O only through the stream, reader or writer they wrap.</summary>
    private static readonly HashSet<string> Wrappers = new(StringComparer.Ordinal)
    {
        "System.IO.StreamReader",
        "System.IO.StreamWriter",
        "System.IO.BinaryReader",
        "System.IO.BinaryWriter",
        "System.IO.BufferedStream",
        "System.IO.Compression.GZipStream",
        "System.IO.Compression.DeflateStream",
        "System.IO.Compression.BrotliStream",
        "System.Security.Cryptography.CryptoStream",
        "System.Xml.XmlReader",
        "System.Xml.XmlWriter",
        "System.Text.Json.Utf8JsonWriter",
    };

    /// <summary>Parameter types that carry the data of a static call (a serializer's target or source).</summary>
    private static readonly HashSet<string> DataParameterTypes = new(StringComparer.Ordinal)
    {
        "System.IO.Stream",
        "System.IO.TextReader",
        "System.IO.TextWriter",
        "System.Xml.XmlReader",
        "System.Xml.XmlWriter",
    };

    private static readonly MethodTable<string> TrackingOnly = new MethodTable<string>()
        .Add("Microsoft.EntityFrameworkCore.DbSet`1", "tracks", "Add", "AddRange", "Attach", "AttachRange")
        .Add("Microsoft.EntityFrameworkCore.DbContext", "tracks", "Add", "AddRange", "Attach", "AttachRange");

    /// <summary>True when the call reads or writes memory only.</summary>
    public static bool IsInMemoryCall(IInvocationOperation invocation)
    {
        if (TrackingOnly.Find(invocation.TargetMethod) is not null)
        {
            return true;
        }

        if (invocation.Instance is { } instance)
        {
            return IsInMemory(instance, depth: 0);
        }

        // JsonSerializer.Serialize(stream, value), XmlSerializer-style statics and extension calls: every data argument is in memory.
        var data = invocation.Arguments.Where(a => a.Parameter is { } p && IsDataParameter(p.Type)).ToList();
        return data.Count > 0 && data.All(a => IsInMemory(a.Value, depth: 0));
    }

    /// <summary>The value is an in-memory stream, reader or writer, or a wrapper over one, as far as the body shows.</summary>
    public static bool IsInMemory(IOperation? value, int depth)
    {
        value = Unwrap(value);
        if (value is null || depth > 4)
        {
            return false;
        }

        if (IsInMemoryType(value.Type))
        {
            return true;
        }

        switch (value)
        {
            case IObjectCreationOperation creation when IsWrapper(creation.Type):
                return creation.Arguments.Length > 0 && IsInMemory(creation.Arguments[0].Value, depth + 1);

            // XmlReader.Create(stream), XmlWriter.Create(writer)
            case IInvocationOperation { TargetMethod: { IsStatic: true, Name: "Create" } factory } create when IsWrapper(factory.ContainingType):
                return create.Arguments.Length > 0 && IsInMemory(create.Arguments[0].Value, depth + 1);

            case ILocalReferenceOperation local:
                return SingleInitializer(local.Local, value) is { } initializer && IsInMemory(initializer, depth + 1);

            default:
                return false;
        }
    }

    private static bool IsInMemoryType(ITypeSymbol? type)
    {
        for (var current = type as INamedTypeSymbol; current is not null; current = current.BaseType)
        {
            if (InMemoryTypes.Contains(MetadataNames.Of(current)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsWrapper(ITypeSymbol? type) => type is not null && Wrappers.Contains(MetadataNames.Of(type));

    private static bool IsDataParameter(ITypeSymbol type) => DataParameterTypes.Contains(MetadataNames.Of(type));

    /// <summary>The local's initializer when the body never assigns it again (then its value is known everywhere).</summary>
    private static IOperation? SingleInitializer(ILocalSymbol local, IOperation reference)
    {
        var root = reference;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        IOperation? initializer = null;
        foreach (var operation in root.Descendants())
        {
            switch (operation)
            {
                case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, local):
                    initializer = declarator.GetVariableInitializer()?.Value;
                    break;
                case ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } when SymbolEqualityComparer.Default.Equals(target.Local, local):
                    return null;
            }
        }

        return initializer;
    }

    private static IOperation? Unwrap(IOperation? operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }
}
