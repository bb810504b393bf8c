using System.Collections.Immutable;
using HookAnalyzers.Analyzers.Internals;
using HookAnalyzers.Analyzers.Rules;
using HookAnalyzers.CodeFixes.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HookAnalyzers.Tests.Analyzers;

using Verify = AnalyzerVerifier<ShellFormEntrypointAnalyzer>;

public sealed class HOOK0021_ShellFormEntrypointTests
{
    private const string Source = "public static class Program { }";

    private static Task VerifyDockerfileAsync(string markup, string path = "Dockerfile")
        => Verify.VerifyAsync(Source, new AnalyzerTestOptions { AdditionalFiles = [(path, markup)] });

    // ---- positives ----

    [Fact]
    public Task Shell_form_entrypoint_is_reported()
        => VerifyDockerfileAsync("""
            FROM mcr.microsoft.com/dotnet/aspnet:10.0
            WORKDIR /app
            COPY out/ .
            [|ENTRYPOINT dotnet App.dll|]
            """);

    [Fact]
    public Task Shell_form_cmd_without_entrypoint_is_reported()
        => VerifyDockerfileAsync("""
            FROM mcr.microsoft.com/dotnet/aspnet:10.0
            [|cmd dotnet App.dll --urls http://+:8080|]
            """);

    [Fact]
    public Task Single_quoted_array_is_shell_form_for_Docker()
        => VerifyDockerfileAsync("""
            FROM mcr.microsoft.com/dotnet/aspnet:10.0
            [|ENTRYPOINT ['dotnet', 'App.dll']|]
            """);

    [Fact]
    public Task Entrypoint_inherited_by_the_final_stage_is_reported_where_it_is_written()
        => VerifyDockerfileAsync("""
            FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS base
            [|ENTRYPOINT dotnet App.dll|]

            FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
            RUN dotnet publish -o /out

            FROM base AS final
            COPY --from=build /out .
            """);

    [Fact]
    public Task Continued_instruction_is_reported_over_all_its_lines()
        => VerifyDockerfileAsync("""
            FROM mcr.microsoft.com/dotnet/aspnet:10.0
            [|ENTRYPOINT dotnet \
                # the app
                App.dll|]
            """);

    [Fact]
    public Task Backtick_escape_directive_continues_lines_with_backticks()
        => VerifyDockerfileAsync("""
            # syntax=docker/dockerfile:1
            # escape=`
            FROM mcr.microsoft.com/dotnet/aspnet:10.0
            [|ENTRYPOINT dotnet `
                C:pp\App.dll|]
            """);

    [Fact]
    public Task Escape_line_after_a_plain_comment_is_a_comment_not_a_directive()
        => VerifyDockerfileAsync("""
            # The app image
            # escape=`
            FROM mcr.microsoft.com/dotnet/aspnet:10.0
            [|ENTRYPOINT dotnet \
                App.dll|]
            """);

    [Fact]
    public Task Named_dockerfile_is_read()
        => VerifyDockerfileAsync("""
            FROM mcr.microsoft.com/dotnet/aspnet:10.0
            [|ENTRYPOINT dotnet App.dll|]
            """, path: "deploy/api.Dockerfile");

    // ---- negatives ----

    [Fact]
    public Task Exec_form_is_not_reported()
        => VerifyDockerfileAsync("""
            FROM mcr.microsoft.com/dotnet/aspnet:10.0
            ENTRYPOINT ["dotnet", "App.dll"]
            CMD ["--urls", "http://+:8080"]
            """);

    [Fact]
    public Task Shell_form_that_execs_the_app_is_not_reported()
        => VerifyDockerfileAsync("""
            FROM mcr.microsoft.com/dotnet/aspnet:10.0
            ENTRYPOINT exec dotnet App.dll
            """);

    [Fact]
    public Task Shell_form_cmd_after_an_exec_form_entrypoint_is_only_arguments()
        => VerifyDockerfileAsync("""
            FROM mcr.microsoft.com/dotnet/aspnet:10.0
            ENTRYPOINT ["dotnet", "App.dll"]
            CMD --urls http://+:8080
            """);

    [Fact]
    public Task Shell_form_in_a_build_stage_the_final_stage_does_not_inherit_is_not_reported()
        => VerifyDockerfileAsync("""
            FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
            ENTRYPOINT dotnet build
            RUN dotnet publish -o /out

            FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS final
            COPY --from=build /out .
            ENTRYPOINT ["dotnet", "App.dll"]
            """);

    [Fact]
    public Task Commented_out_shell_form_is_not_reported()
        => VerifyDockerfileAsync("""
            FROM mcr.microsoft.com/dotnet/aspnet:10.0
            # ENTRYPOINT dotnet App.dll
            ENTRYPOINT ["dotnet", "App.dll"]
            """);

    [Fact]
    public Task Other_additional_files_are_not_read()
        => VerifyDockerfileAsync("""
            FROM mcr.microsoft.com/dotnet/aspnet:10.0
            ENTRYPOINT dotnet App.dll
            """, path: "docs/Dockerfile.md");

    // ---- fix (an additional document: the shared CodeFixVerifier fixes source documents only) ----

    [Theory]
    [InlineData("ENTRYPOINT dotnet App.dll", """ENTRYPOINT ["dotnet", "App.dll"]""")]
    [InlineData("CMD dotnet \"My App.dll\" --urls 'http://+:8080'", """CMD ["dotnet", "My App.dll", "--urls", "http://+:8080"]""")]
    [InlineData("entrypoint  /app/App \\\n    --verbose", """entrypoint ["/app/App", "--verbose"]""")]
    [InlineData("ENTRYPOINT ['dotnet', 'App.dll']", """ENTRYPOINT ["dotnet", "App.dll"]""")]
    public async Task Fix_rewrites_to_exec_form(string instruction, string expected)
    {
        var dockerfile = $"FROM mcr.microsoft.com/dotnet/aspnet:10.0\n{instruction}\nEXPOSE 8080\n";

        var fixedText = await DockerfileFix.ApplyAsync(dockerfile);

        Assert.Equal($"FROM mcr.microsoft.com/dotnet/aspnet:10.0\n{expected}\nEXPOSE 8080\n", fixedText);
        Assert.Empty(await DockerfileFix.AnalyzeAsync(DockerfileFix.CreateDockerfile(fixedText!)));
    }

    [Fact]
    public async Task Fix_keeps_the_words_the_shell_would_have_passed()
    {
        var fixedText = await DockerfileFix.ApplyAsync("FROM x\nENTRYPOINT dotnet \"a \\\"quoted\\\" name.dll\" back\\ slash\n");

        var execLine = fixedText!.Split('\n')[1];
        Assert.True(DockerfileExecForm.TryParse(execLine["ENTRYPOINT ".Length..], out var words), execLine);
        Assert.Equal(["dotnet", "a \"quoted\" name.dll", "back slash"], words);
    }

    [Theory]
    [InlineData("ENTRYPOINT dotnet App.dll --urls http://+:$PORT")]
    [InlineData("ENTRYPOINT ASPNETCORE_URLS=http://+:80 dotnet App.dll")]
    [InlineData("ENTRYPOINT dotnet Migrate.dll && dotnet App.dll")]
    [InlineData("ENTRYPOINT dotnet App.dll > /var/log/app.log")]
    [InlineData("ENTRYPOINT dotnet /app/*.dll")]
    public async Task No_fix_when_the_command_needs_a_shell(string instruction)
    {
        var document = DockerfileFix.CreateDockerfile($"FROM mcr.microsoft.com/dotnet/aspnet:10.0\n{instruction}\n");
        var diagnostic = Assert.Single(await DockerfileFix.AnalyzeAsync(document));

        Assert.Empty(await DockerfileFix.CollectActionsAsync(document, diagnostic));
    }

    [Fact]
    public void Fixer_is_exported_for_additional_documents()
    {
        var export = (ExportCodeFixProviderAttribute)Attribute.GetCustomAttribute(typeof(ShellFormEntrypointFixer), typeof(ExportCodeFixProviderAttribute))!;

        Assert.Contains(nameof(TextDocumentKind.AdditionalDocument), export.DocumentKinds);
    }

    /// <summary>Runs HOOK0021 and its fix on a Dockerfile that is an additional document of a workspace project.</summary>
    private static class DockerfileFix
    {
        public static TextDocument CreateDockerfile(string text)
        {
            var options = new AnalyzerTestOptions { AdditionalFiles = [("/src/Dockerfile", text)] };
            var project = CodeFixVerifier<ShellFormEntrypointAnalyzer, ShellFormEntrypointFixer>
                .CreateDocument(Source, options).Project;
            return project.AdditionalDocuments.Single();
        }

        public static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(TextDocument dockerfile)
        {
            var compilation = (await dockerfile.Project.GetCompilationAsync())!;
            var text = (await dockerfile.GetTextAsync()).ToString();
            var options = new AnalyzerOptions([new TestAdditionalText(dockerfile.FilePath!, text)]);
            return await compilation
                .WithAnalyzers([new ShellFormEntrypointAnalyzer()], options)
                .GetAnalyzerDiagnosticsAsync();
        }

        public static async Task<List<CodeAction>> CollectActionsAsync(TextDocument dockerfile, Diagnostic diagnostic)
        {
            var actions = new List<CodeAction>();
            var context = new CodeFixContext(dockerfile, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
            await new ShellFormEntrypointFixer().RegisterCodeFixesAsync(context);
            return actions;
        }

        /// <summary>The Dockerfile's text after the one offered fix, or null when none is offered.</summary>
        public static async Task<string?> ApplyAsync(string text)
        {
            var dockerfile = CreateDockerfile(text);
            var diagnostic = Assert.Single(await AnalyzeAsync(dockerfile));
            var action = Assert.Single(await CollectActionsAsync(dockerfile, diagnostic));
            var operations = await action.GetOperationsAsync(CancellationToken.None);
            var solution = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
            return (await solution.GetAdditionalDocument(dockerfile.Id)!.GetTextAsync()).ToString();
        }
    }
}
