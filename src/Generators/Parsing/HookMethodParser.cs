using System.Collections.Generic;
using System.Linq;
using HookAnalyzers.Generators.Helpers;
using HookAnalyzers.Generators.Model;
using Microsoft.CodeAnalysis;

namespace HookAnalyzers.Generators.Parsing;

/// <summary>Why a marked method cannot be called by the generated code.</summary>
internal enum SignatureProblemKind
{
    Generic,
    Inaccessible,
    ReturnType,
    Parameter,
    InstanceOnValueType,
}

/// <param name="Message">Complete sentence naming the method and what is wrong, used as the diagnostic message.</param>
internal sealed record SignatureProblem(SignatureProblemKind Kind, string Message);

/// <summary>A parsed hook: a model when the generated code can call it, otherwise the problems.</summary>
internal sealed record HookMethodParseResult(HookMethodModel? Model, EquatableArray<SignatureProblem> Problems);

/// <summary>
/// Turns a method marked [PostStart] or [PreStop] into a <see cref="HookMethodModel"/>. The
/// generator keeps the model and skips methods with problems; the signature analyzer reports
/// the problems. One parser, so what is reported is exactly what is skipped.
/// </summary>
internal static class HookMethodParser
{
    private static readonly SymbolDisplayFormat TypeFormat = SymbolDisplayFormat.FullyQualifiedFormat
        .WithMiscellaneousOptions(SymbolDisplayFormat.FullyQualifiedFormat.MiscellaneousOptions
            & ~SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    public static HookKind? KindOf(AttributeData attribute)
        => attribute.AttributeClass?.ToDisplayString() switch
        {
            KnownNames.PostStartAttribute => HookKind.PostStart,
            KnownNames.PreStopAttribute => HookKind.PreStop,
            _ => null,
        };

    public static HookMethodParseResult Parse(IMethodSymbol method, AttributeData attribute, HookKind kind)
    {
        var problems = new List<SignatureProblem>();
        var type = method.ContainingType;
        var name = DisplayName(method);

        if (method.IsGenericMethod || IsInGenericType(type))
        {
            problems.Add(new(SignatureProblemKind.Generic, $"Hook method '{name}' is generic or inside a generic type; the generated code cannot choose type arguments"));
        }

        if (!IsReachable(method))
        {
            problems.Add(new(SignatureProblemKind.Inaccessible, $"Hook method '{name}' must be public or internal, in public or internal types, so the generated code can call it"));
        }

        var returnKind = ReturnKindOf(method.ReturnType);
        if (returnKind is null)
        {
            problems.Add(new(SignatureProblemKind.ReturnType, $"Hook method '{name}' returns '{method.ReturnType.ToDisplayString()}'; a hook returns void, Task or ValueTask"));
        }

        if (!method.IsStatic && type.IsValueType)
        {
            problems.Add(new(SignatureProblemKind.InstanceOnValueType, $"Hook method '{name}' is an instance method of a struct; make it static or move it to a class"));
        }

        var parameters = new List<HookParameterModel>();
        foreach (var parameter in method.Parameters)
        {
            var parameterModel = ParseParameter(parameter);
            if (parameterModel is null)
            {
                problems.Add(new(SignatureProblemKind.Parameter, $"Parameter '{parameter.Name}' of hook method '{name}' has type '{parameter.Type.ToDisplayString()}'; hook parameters are a CancellationToken or services (classes or interfaces from DI), passed by value"));
            }
            else
            {
                parameters.Add(parameterModel);
            }
        }

        if (problems.Count > 0)
        {
            return new HookMethodParseResult(null, problems.ToEquatableArray());
        }

        var (order, timeout) = ReadArguments(attribute);
        var model = new HookMethodModel(
            Kind: kind,
            ContainingTypeName: type.ToDisplayString(TypeFormat),
            MethodName: method.Name,
            DisplayName: name,
            SortKey: type.ToDisplayString(TypeFormat) + "." + method.Name,
            IsStatic: method.IsStatic,
            ReturnKind: returnKind!.Value,
            Order: order,
            TimeoutSeconds: timeout,
            Parameters: parameters.ToEquatableArray(),
            Constructor: method.IsStatic ? null : ChooseConstructor(type));
        return new HookMethodParseResult(model, EquatableArray<SignatureProblem>.Empty);
    }

    /// <summary>Order and TimeoutSeconds as written; a missing or non-positive timeout means "use the default".</summary>
    public static (int Order, int? TimeoutSeconds) ReadArguments(AttributeData attribute)
    {
        var order = 0;
        int? timeout = null;
        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Value.Value is not int value)
            {
                continue;
            }

            if (argument.Key == KnownNames.OrderArgument)
            {
                order = value;
            }
            else if (argument.Key == KnownNames.TimeoutSecondsArgument && value > 0)
            {
                timeout = value;
            }
        }

        return (order, timeout);
    }

    /// <summary><c>Outer.Inner.Method</c>: short enough for logs and JSON, unique enough to read.</summary>
    public static string DisplayName(IMethodSymbol method)
    {
        var parts = new Stack<string>();
        parts.Push(method.Name);
        for (var type = method.ContainingType; type is not null; type = type.ContainingType)
        {
            parts.Push(type.Name);
        }

        return string.Join(".", parts);
    }

    public static HookReturnKind? ReturnKindOf(ITypeSymbol type)
    {
        if (type.SpecialType == SpecialType.System_Void)
        {
            return HookReturnKind.Void;
        }

        return type.ToDisplayString() switch
        {
            KnownNames.Task => HookReturnKind.Task,
            KnownNames.ValueTask => HookReturnKind.ValueTask,
            _ => null,
        };
    }

    /// <summary>True for the types a DI container can plausibly supply: classes, interfaces, delegates (not string, arrays or value types).</summary>
    public static bool IsServiceType(ITypeSymbol type)
        => type.TypeKind is TypeKind.Class or TypeKind.Interface or TypeKind.Delegate
            && type.SpecialType is not (SpecialType.System_String or SpecialType.System_Object);

    public static bool IsCancellationToken(ITypeSymbol type) => type.ToDisplayString() == KnownNames.CancellationToken;

    private static HookParameterModel? ParseParameter(IParameterSymbol parameter)
    {
        if (parameter.RefKind != RefKind.None || parameter.IsParams)
        {
            return null;
        }

        if (IsCancellationToken(parameter.Type))
        {
            return new HookParameterModel(HookParameterKind.CancellationToken, KnownNames.CancellationToken);
        }

        if (!IsServiceType(parameter.Type))
        {
            return null;
        }

        var optional = parameter.HasExplicitDefaultValue || parameter.NullableAnnotation == NullableAnnotation.Annotated;
        return new HookParameterModel(
            optional ? HookParameterKind.OptionalService : HookParameterKind.RequiredService,
            parameter.Type.ToDisplayString(TypeFormat));
    }

    /// <summary>
    /// The accessible constructor with the most parameters, all of them services; the generated
    /// code calls it when the type is not registered in DI. Abstract types and interfaces can only come from DI.
    /// </summary>
    private static HookConstructorModel ChooseConstructor(INamedTypeSymbol type)
    {
        if (type.IsAbstract || type.TypeKind != TypeKind.Class)
        {
            return new HookConstructorModel(false, EquatableArray<HookParameterModel>.Empty);
        }

        var best = type.InstanceConstructors
            .Where(c => c.DeclaredAccessibility is Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal)
            .Where(c => !LeavesRequiredMembersUnset(type, c))
            .Select(c => c.Parameters.Select(ParseParameter).ToList())
            .Where(ps => ps.All(p => p is not null && p.Kind != HookParameterKind.CancellationToken))
            .OrderByDescending(ps => ps.Count)
            .FirstOrDefault();

        return best is null
            ? new HookConstructorModel(false, EquatableArray<HookParameterModel>.Empty)
            : new HookConstructorModel(true, best.Select(p => p!).ToEquatableArray());
    }

    private static bool IsInGenericType(INamedTypeSymbol? type)
    {
        for (; type is not null; type = type.ContainingType)
        {
            if (type.IsGenericType)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsReachable(ISymbol symbol)
    {
        for (var current = symbol; current is not null and not INamespaceSymbol; current = current.ContainingSymbol)
        {
            if (current.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal))
            {
                return false;
            }

            // A `file` type reports Internal accessibility, but only its own file can name it.
            if (current is INamedTypeSymbol { IsFileLocal: true })
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// <c>new T(...)</c> does not compile when T has required members the constructor does not set
    /// ([SetsRequiredMembers]); such a type can only come from DI.
    /// </summary>
    private static bool LeavesRequiredMembersUnset(INamedTypeSymbol type, IMethodSymbol constructor)
    {
        if (constructor.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == KnownNames.SetsRequiredMembersAttribute))
        {
            return false;
        }

        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.GetMembers().Any(m => m is IPropertySymbol { IsRequired: true } or IFieldSymbol { IsRequired: true }))
            {
                return true;
            }
        }

        return false;
    }
}
