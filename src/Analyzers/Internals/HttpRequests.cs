using HookAnalyzers.Analyzers.Internals.Knowledge;

namespace HookAnalyzers.Analyzers.Internals;

/// <summary>
/// Whether the request handed to <c>HttpClient.SendAsync</c> is a POST or PATCH, as the body
/// builds it: <c>new HttpRequestMessage(HttpMethod.Post, url)</c>, an initializer
/// <c>{ Method = HttpMethod.Patch }</c>, or <c>request.Method = new HttpMethod("POST")</c>.
/// A request whose method the body does not show (a parameter, a factory) is not assumed to be one.
/// </summary>
internal static class HttpRequests
{
    private const string HttpMethodType = "System.Net.Http.HttpMethod";
    private const string RequestType = "System.Net.Http.HttpRequestMessage";

    public static bool IsPostOrPatch(IOperation request)
    {
        request = Unwrap(request);
        return request switch
        {
            IObjectCreationOperation creation => IsPostOrPatchCreation(creation),
            ILocalReferenceOperation local => IsPostOrPatchLocal(local),
            _ => false,
        };
    }

    private static bool IsPostOrPatchCreation(IObjectCreationOperation creation)
    {
        if (MetadataNames.Of(creation.Type) != RequestType)
        {
            return false;
        }

        foreach (var argument in creation.Arguments)
        {
            if (argument.Parameter?.Name == "method" && IsPostOrPatchMethod(argument.Value))
            {
                return true;
            }
        }

        if (creation.Initializer is { } initializer)
        {
            foreach (var member in initializer.Initializers)
            {
                if (member is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "Method" } } assignment && IsPostOrPatchMethod(assignment.Value))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The local's initializer or a later <c>request.Method = ...</c> in the same body.</summary>
    private static bool IsPostOrPatchLocal(ILocalReferenceOperation reference)
    {
        var root = (IOperation)reference;
        while (root.Parent is not null)
        {
            root = root.Parent;
        }

        foreach (var operation in root.Descendants())
        {
            switch (operation)
            {
                case IVariableDeclaratorOperation declarator when SymbolEqualityComparer.Default.Equals(declarator.Symbol, reference.Local)
                    && declarator.GetVariableInitializer()?.Value is { } value && IsPostOrPatch(value):
                    return true;
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "Method", Instance: ILocalReferenceOperation target } } assignment
                    when SymbolEqualityComparer.Default.Equals(target.Local, reference.Local) && IsPostOrPatchMethod(assignment.Value):
                    return true;
            }
        }

        return false;
    }

    private static bool IsPostOrPatchMethod(IOperation method)
    {
        method = Unwrap(method);
        return method switch
        {
            IPropertyReferenceOperation { Property.Name: "Post" or "Patch" } property => MetadataNames.Of(property.Property.ContainingType) == HttpMethodType,
            IObjectCreationOperation creation => MetadataNames.Of(creation.Type) == HttpMethodType
                && creation.Arguments.Length == 1
                && creation.Arguments[0].Value.ConstantValue.Value is string verb
                && (verb.Equals("POST", StringComparison.OrdinalIgnoreCase) || verb.Equals("PATCH", StringComparison.OrdinalIgnoreCase)),
            _ => false,
        };
    }

    private static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }
}
