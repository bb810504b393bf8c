using Microsoft.CodeAnalysis;

namespace HookAnalyzers.Analyzers.Internals;

/// <summary>Creates descriptors with the help link and tags every rule shares.</summary>
internal static class RuleDescriptor
{
    public static DiagnosticDescriptor Create(
        string id,
        string title,
        string messageFormat,
        string category,
        DiagnosticSeverity severity,
        string description,
        params string[] customTags)
        => new(id, title, messageFormat, category, severity, isEnabledByDefault: true, description, HelpLinks.For(id), customTags);
}
