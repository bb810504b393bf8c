namespace HookAnalyzers.Tests.Analyzers;

/// <summary>
/// The using directives of the files the async-rewriting fixes (HOOK0001, HOOK0002, HOOK0005,
/// HOOK0006) are tested on. Those fixes run Roslyn's import adder, which puts a blank line before
/// the first type of a file that has no using directive at all; the tests pin the rewrite itself,
/// so their files start with usings, as most real files do.
/// </summary>
internal static class FixedFileUsings
{
    public const string Source = """
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using HookAnalyzers;

        """;
}
