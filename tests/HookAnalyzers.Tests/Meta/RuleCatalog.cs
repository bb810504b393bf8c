using System.Collections.Immutable;
using System.Reflection;
using HookAnalyzers.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HookAnalyzers.Tests.Meta;

/// <summary>One shipped rule: its descriptor and the analyzer type that owns it.</summary>
public sealed record RuleInfo(DiagnosticDescriptor Descriptor, Type AnalyzerType)
{
    public string Id => Descriptor.Id;
}

/// <summary>
/// Everything the package ships, found by reflection exactly as the compiler finds it: every
/// [DiagnosticAnalyzer] in HookAnalyzers.Analyzers.dll and every [ExportCodeFixProvider] in
/// HookAnalyzers.CodeFixes.dll. The meta tests and the docs table are built from this.
/// </summary>
public static class RuleCatalog
{
    public static Assembly AnalyzersAssembly { get; } = typeof(DiagnosticIds).Assembly;

    public static Assembly CodeFixesAssembly { get; } = Assembly.Load("HookAnalyzers.CodeFixes");

    public static ImmutableArray<Type> AnalyzerTypes { get; } = AnalyzersAssembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .ToImmutableArray();

    public static ImmutableArray<Type> FixerTypes { get; } = CodeFixesAssembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(t))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .ToImmutableArray();

    public static ImmutableArray<RuleInfo> Rules { get; } = AnalyzerTypes
        .SelectMany(t => ((DiagnosticAnalyzer)Activator.CreateInstance(t)!).SupportedDiagnostics.Select(d => new RuleInfo(d, t)))
        .OrderBy(r => r.Id, StringComparer.Ordinal)
        .ToImmutableArray();

    /// <summary>Ids some fixer offers a fix for.</summary>
    public static ImmutableHashSet<string> FixableIds { get; } = FixerTypes
        .SelectMany(t => ((CodeFixProvider)Activator.CreateInstance(t)!).FixableDiagnosticIds)
        .ToImmutableHashSet(StringComparer.Ordinal);

    /// <summary>The values of the public constants of <see cref="DiagnosticIds"/>.</summary>
    public static ImmutableArray<string> DeclaredIds { get; } = typeof(DiagnosticIds)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .OrderBy(id => id, StringComparer.Ordinal)
        .ToImmutableArray();
}
