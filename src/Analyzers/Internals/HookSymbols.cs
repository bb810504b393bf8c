namespace HookAnalyzers.Analyzers.Internals;

/// <summary>
/// The hook attribute types of one compilation. Analyzers create it in a compilation-start action
/// and return at once when it is null, so a project without hooks pays one metadata lookup.
/// </summary>
internal sealed class HookSymbols
{
    private HookSymbols(INamedTypeSymbol? postStart, INamedTypeSymbol? preStop, INamedTypeSymbol? settings)
    {
        PostStart = postStart;
        PreStop = preStop;
        Settings = settings;
    }

    public INamedTypeSymbol? PostStart { get; }

    public INamedTypeSymbol? PreStop { get; }

    /// <summary>The <c>[assembly: LifecycleHooks]</c> attribute type.</summary>
    public INamedTypeSymbol? Settings { get; }

    public static HookSymbols? TryCreate(Compilation compilation)
    {
        var postStart = compilation.GetTypeByMetadataName(KnownNames.PostStartAttribute);
        var preStop = compilation.GetTypeByMetadataName(KnownNames.PreStopAttribute);
        return postStart is null && preStop is null
            ? null
            : new HookSymbols(postStart, preStop, compilation.GetTypeByMetadataName(KnownNames.LifecycleHooksAttribute));
    }

    /// <summary>The hook a method serves and its attribute, or null for an ordinary method.</summary>
    public (HookKind Kind, AttributeData Attribute)? GetHook(IMethodSymbol method)
    {
        foreach (var attribute in method.GetAttributes())
        {
            if (attribute.AttributeClass is not { } type)
            {
                continue;
            }

            if (SymbolEqualityComparer.Default.Equals(type, PostStart))
            {
                return (HookKind.PostStart, attribute);
            }

            if (SymbolEqualityComparer.Default.Equals(type, PreStop))
            {
                return (HookKind.PreStop, attribute);
            }
        }

        return null;
    }

    /// <summary>The assembly's <c>[LifecycleHooks]</c> attribute, if written.</summary>
    public AttributeData? GetSettingsAttribute(Compilation compilation)
    {
        foreach (var attribute in compilation.Assembly.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, Settings))
            {
                return attribute;
            }
        }

        return null;
    }
}
