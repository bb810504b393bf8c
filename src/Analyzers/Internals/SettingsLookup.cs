using System.Linq;
using System.Threading;
using HookAnalyzers.Generators.Helpers;
using HookAnalyzers.Generators.Model;
using HookAnalyzers.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HookAnalyzers.Analyzers.Internals;

/// <summary>
/// The project's settings exactly as the generator resolves them (same reader, same resolver),
/// plus where each value was written, so a diagnostic can point at the attribute argument or
/// name the MSBuild property.
/// </summary>
internal sealed class SettingsLookup
{
    private readonly AttributeData? _attribute;
    private readonly EquatableArray<RawSetting> _fromAttribute;
    private readonly EquatableArray<RawSetting> _fromMsBuild;

    private SettingsLookup(AttributeData? attribute, EquatableArray<RawSetting> fromAttribute, EquatableArray<RawSetting> fromMsBuild, ResolvedSettings resolved)
    {
        _attribute = attribute;
        _fromAttribute = fromAttribute;
        _fromMsBuild = fromMsBuild;
        Resolved = resolved;
    }

    public ResolvedSettings Resolved { get; }

    public HookSettings Settings => Resolved.Settings;

    /// <summary>True when the assembly attribute is written: alone, it opts a project in.</summary>
    public bool HasAttribute => _attribute is not null;

    public static SettingsLookup Create(Compilation compilation, HookSymbols symbols, AnalyzerOptions options)
    {
        var attribute = symbols.GetSettingsAttribute(compilation);
        var fromAttribute = SettingsReader.FromAttribute(attribute);
        var fromMsBuild = SettingsReader.FromMsBuild(options.AnalyzerConfigOptionsProvider.GlobalOptions);
        var resolved = SettingsResolver.Resolve(fromAttribute, fromMsBuild, compilation.AssemblyName ?? "app");
        return new SettingsLookup(attribute, fromAttribute, fromMsBuild, resolved);
    }

    /// <summary>Where the value in effect came from: MSBuild wins over the attribute.</summary>
    public SettingSource SourceOf(string name)
        => _fromMsBuild.Any(s => s.Name == name) ? SettingSource.MsBuild
            : _fromAttribute.Any(s => s.Name == name) ? SettingSource.Attribute
            : SettingSource.Default;

    /// <summary>The setting as the user wrote it: <c>DrainDelaySeconds</c>, or <c>LifecycleHooksDrainDelaySeconds</c> for MSBuild.</summary>
    public string Label(string name) => Label(name, SourceOf(name));

    public static string Label(string name, SettingSource source)
        => source == SettingSource.MsBuild ? SettingNames.MsBuildProperty(name) : name;

    /// <summary>
    /// The <c>Name = value</c> argument of <c>[assembly: LifecycleHooks]</c> when the value in effect
    /// came from it; <see cref="Location.None"/> for MSBuild properties and defaults (they have no source line).
    /// </summary>
    public Location LocationOf(string name, CancellationToken cancellationToken)
        => SourceOf(name) == SettingSource.Attribute ? AttributeArgumentLocation(_attribute, name, cancellationToken) : Location.None;

    /// <summary>The named argument <paramref name="name"/> of an attribute application, else the attribute, else none.</summary>
    public static Location AttributeArgumentLocation(AttributeData? attribute, string name, CancellationToken cancellationToken)
    {
        if (attribute?.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is not AttributeSyntax syntax)
        {
            return Location.None;
        }

        var argument = syntax.ArgumentList?.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == name);
        return (argument ?? (SyntaxNode)syntax).GetLocation();
    }
}
