namespace HookAnalyzers.Analyzers.Internals.Calls;

/// <summary>
/// Which calls the interprocedural rules follow: methods, accessors and constructors whose body is
/// source in this compilation and whose target is known statically. Interface, abstract and
/// overridable virtual calls are not followed: the implementation that runs is not known here, and
/// guessing would report code the hook may never reach.
/// </summary>
internal static class FollowableCalls
{
    /// <summary>The method whose body runs for this operation, when it can be followed; otherwise null.</summary>
    public static IMethodSymbol? Callee(IOperation operation, Compilation compilation)
    {
        var target = operation switch
        {
            IInvocationOperation invocation when !invocation.IsVirtual || IsSealed(invocation.TargetMethod) => invocation.TargetMethod,
            IPropertyReferenceOperation property when !IsOverridable(property.Property) => Accessor(property),
            IObjectCreationOperation creation => creation.Constructor,
            _ => null,
        };

        if (target is null
            || target.MethodKind is MethodKind.LocalFunction or MethodKind.AnonymousFunction or MethodKind.DelegateInvoke
            || target.IsAbstract
            || target.IsExtern
            || target.ContainingType?.TypeKind == TypeKind.Interface)
        {
            // Local functions and lambdas are analysed where they are written: their body is part
            // of the hook body's operations already.
            return null;
        }

        var definition = target.ReducedFrom ?? target;
        definition = definition.OriginalDefinition;
        definition = definition.PartialImplementationPart ?? definition;
        return definition.DeclaringSyntaxReferences.IsEmpty
            || !SymbolEqualityComparer.Default.Equals(definition.ContainingAssembly, compilation.Assembly)
            ? null
            : definition;
    }

    /// <summary>How a followed method appears in a chain: its name, the property for an accessor, <c>new T</c> for a constructor.</summary>
    public static string DisplayName(IMethodSymbol method)
        => method.MethodKind switch
        {
            MethodKind.PropertyGet or MethodKind.PropertySet when method.AssociatedSymbol is { } property => property.Name,
            MethodKind.Constructor => "new " + method.ContainingType.Name,
            _ => method.Name,
        };

    private static bool IsSealed(IMethodSymbol method) => method.IsSealed || method.ContainingType?.IsSealed == true || method.ContainingType?.IsValueType == true;

    private static bool IsOverridable(IPropertySymbol property)
        => (property.IsVirtual || property.IsAbstract || property.IsOverride)
            && !property.IsSealed
            && property.ContainingType?.IsSealed != true
            || property.ContainingType?.TypeKind == TypeKind.Interface;

    /// <summary>The setter for the target of a plain assignment, the getter otherwise.</summary>
    private static IMethodSymbol? Accessor(IPropertyReferenceOperation reference)
        => reference.Parent is ISimpleAssignmentOperation assignment && assignment.Target == reference
            ? reference.Property.SetMethod
            : reference.Property.GetMethod;
}
