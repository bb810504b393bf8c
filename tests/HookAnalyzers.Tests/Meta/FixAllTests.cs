using HookAnalyzers.CodeFixes.Rules;
using Microsoft.CodeAnalysis.CodeFixes;

namespace HookAnalyzers.Tests.Meta;

/// <summary>
/// `dotnet format analyzers` applies fixes only through Fix All in the solution; a fixer without it
/// makes `dotnet format` print "Unable to fix ..." for every diagnostic of its rule.
/// </summary>
public sealed class FixAllTests
{
    /// <summary>
    /// HOOK0021 is reported in a Dockerfile, once per file, and `dotnet format` never looks at
    /// diagnostics outside C# files, so its fix is a single-occurrence IDE fix (docs/rules/HOOK0021.md).
    /// </summary>
    private static readonly Type[] SingleOccurrenceFixers = [typeof(ShellFormEntrypointFixer)];

    public static TheoryData<string> Fixers()
    {
        var data = new TheoryData<string>();
        foreach (var type in FixerTypes())
        {
            data.Add(type.FullName!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Fixers))]
    public void Fixer_offers_Fix_All_in_the_solution_or_is_a_documented_single_occurrence_fix(string fixerName)
    {
        var type = FixerTypes().Single(t => t.FullName == fixerName);
        var fixer = (CodeFixProvider)Activator.CreateInstance(type)!;

        var provider = fixer.GetFixAllProvider();

        if (SingleOccurrenceFixers.Contains(type))
        {
            Assert.Null(provider);
            var id = Assert.Single(fixer.FixableDiagnosticIds);
            var doc = File.ReadAllText(Infrastructure.RepoPaths.Combine("docs", "rules", id + ".md"));
            Assert.Contains("dotnet format", doc, StringComparison.Ordinal);
            return;
        }

        Assert.NotNull(provider);
        Assert.Contains(FixAllScope.Solution, provider.GetSupportedFixAllScopes());
    }

    [Fact]
    public void Every_fixer_is_checked()
        => Assert.True(FixerTypes().Length >= 10, string.Join(", ", FixerTypes().Select(t => t.Name)));

    private static Type[] FixerTypes()
        => typeof(ShellFormEntrypointFixer).Assembly.GetTypes()
            .Where(t => typeof(CodeFixProvider).IsAssignableFrom(t) && !t.IsAbstract)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .ToArray();
}
