using System.Collections.Generic;
using System.Globalization;
using HookAnalyzers.Generators.Helpers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HookAnalyzers.Generators.Parsing;

/// <summary>Reads raw setting values from the assembly attribute and from MSBuild properties.</summary>
internal static class SettingsReader
{
    /// <summary>Named arguments of <c>[assembly: LifecycleHooks(...)]</c>, as invariant strings.</summary>
    public static EquatableArray<RawSetting> FromAttribute(AttributeData? attribute)
    {
        if (attribute is null)
        {
            return EquatableArray<RawSetting>.Empty;
        }

        var values = new List<RawSetting>();
        foreach (var argument in attribute.NamedArguments)
        {
            if (ToInvariantString(argument.Value) is { } text)
            {
                values.Add(new RawSetting(argument.Key, text, SettingSource.Attribute));
            }
        }

        return values.ToEquatableArray();
    }

    /// <summary>Non-empty <c>build_property.LifecycleHooks&lt;Name&gt;</c> values (see build/HookAnalyzers.props).</summary>
    public static EquatableArray<RawSetting> FromMsBuild(AnalyzerConfigOptions globalOptions)
    {
        var values = new List<RawSetting>();
        foreach (var name in SettingNames.All)
        {
            if (globalOptions.TryGetValue(KnownNames.BuildPropertyPrefix + SettingNames.MsBuildProperty(name), out var value)
                && !string.IsNullOrWhiteSpace(value))
            {
                values.Add(new RawSetting(name, value.Trim(), SettingSource.MsBuild));
            }
        }

        return values.ToEquatableArray();
    }

    private static string? ToInvariantString(TypedConstant constant)
    {
        if (constant.IsNull || constant.Kind == TypedConstantKind.Array)
        {
            return null;
        }

        if (constant.Kind == TypedConstantKind.Enum && constant.Type is INamedTypeSymbol enumType)
        {
            // Enum arguments arrive as their underlying number; map back to the member name.
            foreach (var member in enumType.GetMembers())
            {
                if (member is IFieldSymbol { HasConstantValue: true } field && Equals(field.ConstantValue, constant.Value))
                {
                    return field.Name;
                }
            }
        }

        return constant.Value switch
        {
            bool b => b ? "true" : "false",
            System.IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            var other => other?.ToString(),
        };
    }
}
