using System.Reflection;
using HookAnalyzers.Analyzers;
using HookAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace HookAnalyzers.Tests.Meta;

/// <summary>
/// The rule id alone finds everything: the DiagnosticIds constant names the rule, the analyzer is
/// <c>&lt;RuleName&gt;Analyzer</c> in <c>src/Analyzers/Rules/&lt;id&gt;_&lt;RuleName&gt;Analyzer.cs</c>, its fixer
/// <c>&lt;RuleName&gt;Fixer</c> in <c>src/CodeFixes/Rules/&lt;id&gt;_&lt;RuleName&gt;Fixer.cs</c>, and its descriptor is
/// <c>DiagnosticDescriptors.&lt;RuleName&gt;</c>, the one diagnostic the analyzer supports.
/// </summary>
public sealed class NamingTests
{
    public static TheoryData<string> RuleIds => new(RuleCatalog.Rules.Select(r => r.Id));

    public static TheoryData<string> FixerNames => new(RuleCatalog.FixerTypes.Select(t => t.FullName!));

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Analyzer_is_named_after_the_DiagnosticIds_constant_and_its_file_after_id_and_class(string id)
    {
        var rule = RuleCatalog.Rules.First(r => r.Id == id);
        Assert.Equal(RuleName(id) + "Analyzer", rule.AnalyzerType.Name);
        Assert.True(
            File.Exists(RepoPaths.Combine("src", "Analyzers", "Rules", $"{id}_{rule.AnalyzerType.Name}.cs")),
            $"src/Analyzers/Rules/{id}_{rule.AnalyzerType.Name}.cs is missing");
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Descriptor_is_the_DiagnosticDescriptors_field_named_after_the_rule_and_the_analyzers_only_one(string id)
    {
        var rule = RuleCatalog.Rules.First(r => r.Id == id);
        var field = typeof(DiagnosticDescriptors).GetField(RuleName(id), BindingFlags.Static | BindingFlags.Public);
        Assert.NotNull(field);
        Assert.True(field!.IsInitOnly, $"DiagnosticDescriptors.{field.Name} must be static readonly");
        var descriptor = (DiagnosticDescriptor)field.GetValue(null)!;
        Assert.Equal(id, descriptor.Id);
        var analyzer = (DiagnosticAnalyzer)Activator.CreateInstance(rule.AnalyzerType)!;
        Assert.Same(descriptor, Assert.Single(analyzer.SupportedDiagnostics));
    }

    [Fact]
    public void Every_descriptor_belongs_to_an_analyzer()
    {
        var reported = RuleCatalog.Rules.Select(r => r.Id).ToHashSet();
        var orphans = typeof(DiagnosticDescriptors).GetFields(BindingFlags.Static | BindingFlags.Public)
            .Select(f => ((DiagnosticDescriptor)f.GetValue(null)!).Id)
            .Where(id => !reported.Contains(id))
            .ToList();
        Assert.True(orphans.Count == 0, "descriptors no analyzer reports: " + string.Join(", ", orphans));
    }

    [Theory]
    [MemberData(nameof(FixerNames))]
    public void Fixer_is_named_after_its_rule_and_its_file_after_id_and_class(string fixerName)
    {
        var type = RuleCatalog.FixerTypes.Single(t => t.FullName == fixerName);
        var id = Assert.Single(((CodeFixProvider)Activator.CreateInstance(type)!).FixableDiagnosticIds);
        Assert.Equal(RuleName(id) + "Fixer", type.Name);
        Assert.True(
            File.Exists(RepoPaths.Combine("src", "CodeFixes", "Rules", $"{id}_{type.Name}.cs")),
            $"src/CodeFixes/Rules/{id}_{type.Name}.cs is missing");
    }

    [Fact]
    public void Rule_folders_hold_only_files_of_a_rule()
    {
        // Helpers used by one rule live beside it with the rule's id; shared ones live in Internals.
        var strays = new[] { RepoPaths.Combine("src", "Analyzers", "Rules"), RepoPaths.Combine("src", "CodeFixes", "Rules") }
            .SelectMany(folder => Directory.GetFiles(folder, "*.cs"))
            .Select(Path.GetFileName)
            .Where(name => !System.Text.RegularExpressions.Regex.IsMatch(name!, @"^HOOK\d{4}_\w+\.cs$"))
            .ToList();
        Assert.Empty(strays);
    }

    private static string RuleName(string id)
        => typeof(DiagnosticIds).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Single(f => f.IsLiteral && (string?)f.GetRawConstantValue() == id)
            .Name;
}
