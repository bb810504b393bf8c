using HookAnalyzers.Analyzers.Internals;
using Microsoft.CodeAnalysis.Text;

namespace HookAnalyzers.CodeFixes.Rules;

/// <summary>
/// HOOK0021: rewrites <c>ENTRYPOINT dotnet App.dll</c> to <c>ENTRYPOINT ["dotnet", "App.dll"]</c>
/// in the Dockerfile, an additional document (hence DocumentKinds and context.TextDocument).
/// No fix when the command needs a shell (variables, pipes, &amp;&amp;, VAR=value ...).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ShellFormEntrypointFixer), DocumentKinds = new[] { nameof(TextDocumentKind.AdditionalDocument) }), Shared]
public sealed class ShellFormEntrypointFixer() : HookFixer(DiagnosticIds.ShellFormEntrypoint, "UseExecForm")
{
    // At most one diagnostic per Dockerfile, so Fix All would have nothing to batch; and
    // `dotnet format` drops diagnostics outside C# files before it looks for fixes, so this fix
    // is applied from the IDE only (docs/rules/HOOK0021.md says so).
    public override FixAllProvider? GetFixAllProvider() => null;

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var diagnostic = context.Diagnostics[0];
        if (!diagnostic.Properties.TryGetValue(ShellFormEntrypointAnalyzer.KeywordProperty, out var keyword)
            || !diagnostic.Properties.TryGetValue(ShellFormEntrypointAnalyzer.ArgumentsProperty, out var arguments)
            || keyword is null
            || arguments is null
            || !(TryReadSingleQuotedArray(arguments, out var words) || ShellWords.TrySplit(arguments, out words)))
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
                EquivalenceKey),
            diagnostic);
        return Task.CompletedTask;
    }

    /// <summary>
    /// <c>['dotnet', 'App.dll']</c> was meant as exec form but is not JSON, so Docker runs it through
    /// the shell (which fails to find a command named "[dotnet,"). The intent is plain: use it.
    /// </summary>
    private static bool TryReadSingleQuotedArray(string arguments, out List<string> words)
    {
        words = new List<string>();
        return arguments.StartsWith("[", StringComparison.Ordinal)
               && arguments.IndexOf('"') < 0
               && DockerfileExecForm.TryParse(arguments.Replace('\'', '"'), out words);
    }

    private static async Task<Solution> ReplaceAsync(TextDocument document, TextSpan span, string replacement, CancellationToken cancellationToken)
    {
        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        return document.Project.Solution.WithAdditionalDocumentText(document.Id, text.WithChanges(new TextChange(span, replacement)));
    }
}
