using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using HookAnalyzers.Analyzers;
using HookAnalyzers.Analyzers.Internals;
using HookAnalyzers.Analyzers.Rules;
using HookAnalyzers.CodeFixes.Internals;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace HookAnalyzers.CodeFixes.Rules;

/// <summary>
/// HOOK0021: rewrites <c>ENTRYPOINT dotnet App.dll</c> to <c>ENTRYPOINT ["dotnet", "App.dll"]</c>
/// in the Dockerfile, an additional document (hence DocumentKinds and context.TextDocument).
/// No fix when the command needs a shell (variables, pipes, &amp;&amp;, VAR=value ...).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(HOOK0021_ShellFormEntrypointFixer), DocumentKinds = new[] { nameof(TextDocumentKind.AdditionalDocument) }), Shared]
public sealed class HOOK0021_ShellFormEntrypointFixer : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.ShellFormEntrypoint);

    // One diagnostic per Dockerfile, in a non-source document: Roslyn's batch Fix All only merges
    // source document changes, so there is nothing for it to batch.
    public override FixAllProvider? GetFixAllProvider() => null;

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var diagnostic = context.Diagnostics[0];
        if (!diagnostic.Properties.TryGetValue(HOOK0021_ShellFormEntrypointAnalyzer.KeywordProperty, out var keyword)
            || !diagnostic.Properties.TryGetValue(HOOK0021_ShellFormEntrypointAnalyzer.ArgumentsProperty, out var arguments)
            || keyword is null
            || arguments is null
            || !ShellWords.TrySplit(arguments, out var words))
        {
            return Task.CompletedTask;
        }

        var replacement = keyword + " " + DockerfileExecForm.Format(words);
        var document = context.TextDocument;
        var span = context.Span;
        context.RegisterCodeFix(
            CodeAction.Create(
                $"Use exec form: {replacement}",
                cancellationToken => ReplaceAsync(document, span, replacement, cancellationToken),
                nameof(HOOK0021_ShellFormEntrypointFixer)),
            diagnostic);
        return Task.CompletedTask;
    }

    private static async Task<Solution> ReplaceAsync(TextDocument document, TextSpan span, string replacement, CancellationToken cancellationToken)
    {
        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        return document.Project.Solution.WithAdditionalDocumentText(document.Id, text.WithChanges(new TextChange(span, replacement)));
    }
}
