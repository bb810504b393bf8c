using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HookAnalyzers.Tests.Meta;

/// <summary>
/// Visual Studio and VS Code analyse the open documents by default: semantic-model, symbol and
/// operation actions for one document, never compilation-end actions. These tests run every
/// analyzer the way the IDE does for one open document
/// (<see cref="CompilationWithAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(SemanticModel, Microsoft.CodeAnalysis.Text.TextSpan?, CancellationToken)"/>)
/// and check that the rules show up there while typing, in that document only.
/// </summary>
public sealed class DocumentScopeTests
{
    private const string ProgramFile = """
        using Microsoft.AspNetCore.Builder;

        var builder = WebApplication.CreateBuilder(args);
        var app = builder.Build();
        app.Run();
        """;

    private const string HooksFile = """
        using System;
        using System.IO;
        using System.Threading;
        using System.Threading.Tasks;
        using HookAnalyzers;

        [assembly: LifecycleHooks(TerminationGracePeriodSeconds = 5)]

        public sealed class Shutdown
        {
            [PreStop(TimeoutSeconds = 30)]
            public void Flush(CancellationToken ct)
            {
                Thread.Sleep(100);
                File.AppendAllText("/data/stopped.log", "stopped\n");
                Task.Delay(TimeSpan.FromMinutes(5), ct).Wait();
            }
        }
        """;

    [Fact]
    public async Task Hook_body_and_budget_rules_appear_in_the_open_hooks_file()
    {
        var ids = await IdsInDocumentAsync("Hooks.cs");

        Assert.Contains("HOOK0001", ids); // Thread.Sleep
        Assert.Contains("HOOK0004", ids); // a 5 minute delay in a 30 s hook
        Assert.Contains("HOOK0009", ids); // File.AppendAllText
        Assert.Contains("HOOK0014", ids); // grace 5 s < the preStop budget, at the setting
        Assert.DoesNotContain("HOOK0012", ids);
        Assert.DoesNotContain("HOOK0013", ids);
    }

    [Fact]
    public async Task Missing_wiring_appears_in_the_open_program_file_where_the_host_is_built()
    {
        var ids = await IdsInDocumentAsync("Program.cs");

        Assert.Contains("HOOK0012", ids); // at builder.Build()
        Assert.Contains("HOOK0013", ids); // at WebApplication.CreateBuilder(args)
        Assert.DoesNotContain("HOOK0001", ids);
        Assert.DoesNotContain("HOOK0014", ids);
    }

    [Fact]
    public async Task Document_scope_finds_what_the_build_finds_for_that_document()
    {
        var (compilation, analyzers) = Create();
        var withAnalyzers = compilation.WithAnalyzers(analyzers);
        var full = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        foreach (var tree in compilation.SyntaxTrees.Where(t => t.FilePath is "Hooks.cs" or "Program.cs"))
        {
            var inBuild = full.Where(d => d.Location.SourceTree == tree).Select(Describe).OrderBy(x => x, StringComparer.Ordinal);
            var typed = (await compilation.WithAnalyzers(analyzers).GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(tree), null, CancellationToken.None))
                .Select(Describe).OrderBy(x => x, StringComparer.Ordinal);
            Assert.Equal(inBuild, typed);
        }
    }

    private static string Describe(Diagnostic diagnostic) => $"{diagnostic.Id} {diagnostic.Location.GetLineSpan()}";

    private static async Task<ImmutableHashSet<string>> IdsInDocumentAsync(string path)
    {
        var (compilation, analyzers) = Create();
        var tree = compilation.SyntaxTrees.Single(t => t.FilePath == path);
        var diagnostics = await compilation
            .WithAnalyzers(analyzers)
            .GetAnalyzerSemanticDiagnosticsAsync(compilation.GetSemanticModel(tree), filterSpan: null, CancellationToken.None);
        Assert.All(diagnostics, d => Assert.Equal(path, d.Location.SourceTree?.FilePath));
        return diagnostics.Select(d => d.Id).ToImmutableHashSet();
    }

    private static (Compilation Compilation, ImmutableArray<DiagnosticAnalyzer> Analyzers) Create()
    {
        var compilation = TestCompilation.Create(TargetRuntime.Net10, OutputKind.ConsoleApplication, [ProgramFile, HooksFile]);
        compilation = compilation.ReplaceSyntaxTree(compilation.SyntaxTrees.ElementAt(0), compilation.SyntaxTrees.ElementAt(0).WithFilePath("Program.cs"));
        compilation = compilation.ReplaceSyntaxTree(compilation.SyntaxTrees.ElementAt(1), compilation.SyntaxTrees.ElementAt(1).WithFilePath("Hooks.cs"));
        var generated = GeneratorRunner.Run(compilation, msBuildProperties: null).OutputCompilation;
        var analyzers = typeof(HookAnalyzers.Analyzers.DiagnosticIds).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();
        return (generated, analyzers);
    }
}
