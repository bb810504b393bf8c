using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit.Sdk;

namespace HookAnalyzers.Tests.Infrastructure;

/// <summary>
/// Code fix tests over an AdhocWorkspace (Meziantou's ProjectBuilder idea). The generator's output
/// is added as plain documents under Generated/, so the workspace compiles like the user's
/// project; after the fix the user's text is compiled again with a fresh generator run, so the
/// fixed code must really compile and must no longer trigger the rule.
/// </summary>
public static class CodeFixVerifier<TAnalyzer, TFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TFix : CodeFixProvider, new()
{
    /// <summary>Applies the fix (action <paramref name="actionIndex"/>) to the first diagnostic, repeatedly until none is left.</summary>
    public static async Task VerifyFixAsync(string markup, string expected, AnalyzerTestOptions? options = null, int actionIndex = 0)
    {
        options ??= AnalyzerTestOptions.Default;
        var (source, _) = Markup.Parse(markup);
        var document = CreateDocument(source, options);

        for (var round = 0; round < 20; round++)
        {
            var diagnostics = await AnalyzeAsync(document, options);
            if (diagnostics.IsEmpty)
            {
                break;
            }

            var actions = await CollectActionsAsync(document, diagnostics[0]);
            if (actions.Count == 0)
            {
                break; // the remaining diagnostics have no fix; the expected text shows what is left
            }

            document = await ApplyAsync(document, actions[actionIndex]);
        }

        await AssertFixedAsync(document, expected, options);
    }

    /// <summary>Fix All on the document: every diagnostic of the rule fixed in one batch.</summary>
    public static async Task VerifyFixAllAsync(string markup, string expected, AnalyzerTestOptions? options = null, FixAllScope scope = FixAllScope.Document)
    {
        options ??= AnalyzerTestOptions.Default;
        var (source, _) = Markup.Parse(markup);
        var document = CreateDocument(source, options);
        var diagnostics = await AnalyzeAsync(document, options);
        Assert.NotEmpty(diagnostics);

        var actions = await CollectActionsAsync(document, diagnostics[0]);
        Assert.NotEmpty(actions);
        document = await FixAllAsync(document, diagnostics, actions[0].EquivalenceKey, scope);
        await AssertFixedAsync(document, expected, options);
    }

    /// <summary>
    /// Fix All as `dotnet format analyzers` asks for it: in the solution, with the equivalence key of
    /// the first diagnostic's fix, which is null when that diagnostic has no fix.
    /// </summary>
    public static async Task VerifyFixAllLikeDotnetFormatAsync(string markup, string expected, AnalyzerTestOptions? options = null)
    {
        options ??= AnalyzerTestOptions.Default;
        var (source, _) = Markup.Parse(markup);
        var document = CreateDocument(source, options);
        var diagnostics = await AnalyzeAsync(document, options);
        Assert.NotEmpty(diagnostics);

        var first = diagnostics.OrderBy(d => d.Location.SourceSpan.Start).First();
        var key = (await CollectActionsAsync(document, first)).FirstOrDefault()?.EquivalenceKey;
        document = await FixAllAsync(document, diagnostics, key, FixAllScope.Solution);
        await AssertFixedAsync(document, expected, options, allFixed: false);
    }

    private static async Task<Document> FixAllAsync(Document document, ImmutableArray<Diagnostic> diagnostics, string? equivalenceKey, FixAllScope scope)
    {
        var fix = new TFix();
        var fixAll = fix.GetFixAllProvider() ?? throw new XunitException($"{typeof(TFix).Name} has no Fix All provider");
        var context = new FixAllContext(
            document,
            fix,
            scope,
            equivalenceKey!,
            fix.FixableDiagnosticIds,
            new DiagnosticProvider(diagnostics),
            CancellationToken.None);
        var action = await fixAll.GetFixAsync(context) ?? throw new XunitException("Fix All produced no action (dotnet format: \"didn't return a Fix All action\")");
        return await ApplyAsync(document, action);
    }

    /// <summary>The rule fires, but no fix is offered (a fix would change meaning).</summary>
    public static async Task VerifyNoFixAsync(string markup, AnalyzerTestOptions? options = null)
    {
        options ??= AnalyzerTestOptions.Default;
        var (source, _) = Markup.Parse(markup);
        var document = CreateDocument(source, options);
        var diagnostics = await AnalyzeAsync(document, options);
        Assert.NotEmpty(diagnostics);
        foreach (var diagnostic in diagnostics)
        {
            Assert.Empty(await CollectActionsAsync(document, diagnostic));
        }
    }

    public static Document CreateDocument(string source, AnalyzerTestOptions options)
    {
        var workspace = new AdhocWorkspace();
        var projectId = ProjectId.CreateNewId();
        var solution = workspace.CurrentSolution
            .AddProject(projectId, TestCompilation.AssemblyName, TestCompilation.AssemblyName, LanguageNames.CSharp)
            .WithProjectParseOptions(projectId, TestCompilation.ParseOptions())
            .WithProjectCompilationOptions(projectId, new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(options.OutputKind, nullableContextOptions: NullableContextOptions.Enable))
            .AddMetadataReferences(projectId, TestCompilation.ReferencesFor(options.Runtime));

        var documentId = DocumentId.CreateNewId(projectId);
        solution = solution.AddDocument(documentId, "Test0.cs", SourceText.From(source));
        for (var i = 0; i < options.OtherSources.Count; i++)
        {
            solution = solution.AddDocument(DocumentId.CreateNewId(projectId), $"Test{i + 1}.cs", SourceText.From(options.OtherSources[i]));
        }

        if (options.ImplicitUsings)
        {
            solution = solution.AddDocument(DocumentId.CreateNewId(projectId), TestCompilation.ImplicitUsingsPath, SourceText.From(TestCompilation.ImplicitUsings(options.Runtime)));
        }

        foreach (var (path, text) in options.AdditionalFiles)
        {
            solution = solution.AddAdditionalDocument(DocumentId.CreateNewId(projectId), Path.GetFileName(path), SourceText.From(Markup.Parse(text).Source), filePath: path);
        }

        // The generated files as documents: the workspace compiles without running the generator.
        var run = GeneratorRunner.Run(options.Compile(source), options.MsBuildProperties);
        foreach (var generated in run.GeneratorResult.GeneratedSources)
        {
            solution = solution.AddDocument(DocumentId.CreateNewId(projectId), generated.HintName, generated.SourceText, folders: ["Generated"]);
        }

        return solution.GetDocument(documentId)!;
    }

    public static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Document document, AnalyzerTestOptions options)
    {
        var compilation = (await document.Project.GetCompilationAsync())!;
        var additional = document.Project.AdditionalDocuments
            .Select(d => (AdditionalText)new TestAdditionalText(d.FilePath ?? d.Name, d.GetTextAsync().Result.ToString()))
            .ToImmutableArray();
        var diagnostics = await compilation
            .WithAnalyzers([new TAnalyzer()], new AnalyzerOptions(additional, new TestAnalyzerConfigOptionsProvider(options.MsBuildProperties, options.EditorConfig)))
            .GetAnalyzerDiagnosticsAsync();
        var tree = await document.GetSyntaxTreeAsync();
        return diagnostics
            .Where(d => d.Location.SourceTree == tree)
            .OrderBy(d => d.Location.SourceSpan.Start)
            .ToImmutableArray();
    }

    public static async Task<List<CodeAction>> CollectActionsAsync(Document document, Diagnostic diagnostic)
    {
        var actions = new List<CodeAction>();
        var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
        await new TFix().RegisterCodeFixesAsync(context);
        return actions;
    }

    public static async Task<Document> ApplyAsync(Document document, CodeAction action)
    {
        var operations = await action.GetOperationsAsync(CancellationToken.None);
        var solution = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
        return solution.GetDocument(document.Id)!;
    }

    /// <param name="allFixed">false: diagnostics without an automatic fix may remain.</param>
    private static async Task AssertFixedAsync(Document document, string expected, AnalyzerTestOptions options, bool allFixed = true)
    {
        var actual = (await document.GetTextAsync()).ToString();
        Assert.Equal(expected.Replace("\r\n", "\n"), actual.Replace("\r\n", "\n"));

        // The fixed code compiles (with a fresh generator run) and no longer triggers the rule.
        var run = GeneratorRunner.Run(options.Compile(actual), options.MsBuildProperties);
        var errors = run.OutputCompilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "Fixed code does not compile:\n  " + string.Join("\n  ", errors));
        if (!allFixed)
        {
            return;
        }

        var fixableIds = new TFix().FixableDiagnosticIds.ToHashSet();
        var remaining = (await AnalyzerVerifier<TAnalyzer>.GetDiagnosticsAsync(actual, options))
            .Where(d => fixableIds.Contains(d.Id))
            .ToList();
        Assert.True(remaining.Count == 0, "Fixed code still triggers:\n  " + string.Join("\n  ", remaining));
    }

    private sealed class DiagnosticProvider(ImmutableArray<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
            => Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => Task.FromResult<IEnumerable<Diagnostic>>([]);
    }
}
