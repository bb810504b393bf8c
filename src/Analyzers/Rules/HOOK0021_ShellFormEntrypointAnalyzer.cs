using System.IO;

namespace HookAnalyzers.Analyzers.Rules;

/// <summary>
/// HOOK0021: the image starts the app through /bin/sh (shell-form ENTRYPOINT, or CMD when there is
/// no ENTRYPOINT), so the shell is PID 1 and the stop signal that follows preStop never reaches
/// the app. Reads Dockerfiles passed as AdditionalFiles (<c>Dockerfile</c>, <c>*.Dockerfile</c>).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ShellFormEntrypointAnalyzer() : HookAnalyzer(DiagnosticDescriptors.ShellFormEntrypoint)
{
    /// <summary>Diagnostic properties for the fix, so it does not parse the Dockerfile again.</summary>
    public const string KeywordProperty = "Keyword";
    public const string ArgumentsProperty = "Arguments";

    private protected override void Register(AnalysisContext context)
    {
        // Per additional file, and a file-name check first: other additional files cost nothing.
        context.RegisterAdditionalFileAction(AnalyzeFile);
    }

    internal static bool IsDockerfile(string path)
    {
        var name = Path.GetFileName(path);
        return string.Equals(name, "Dockerfile", StringComparison.OrdinalIgnoreCase)
               || name.EndsWith(".Dockerfile", StringComparison.OrdinalIgnoreCase);
    }

    private static void AnalyzeFile(AdditionalFileAnalysisContext context)
    {
        var file = context.AdditionalFile;
        if (!IsDockerfile(file.Path) || file.GetText(context.CancellationToken) is not { } text)
        {
            return;
        }

        var start = DockerfileInstructions.EffectiveStartInstruction(DockerfileInstructions.Parse(text));
        if (start is null || start.Arguments.Length == 0 || DockerfileExecForm.IsExecForm(start.Arguments) || StartsWithExec(start.Arguments))
        {
            return;
        }

        var location = Location.Create(file.Path, start.Span, text.Lines.GetLinePositionSpan(start.Span));
        var properties = ImmutableDictionary<string, string?>.Empty
            .Add(KeywordProperty, start.Keyword)
            .Add(ArgumentsProperty, start.Arguments);
        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.ShellFormEntrypoint, location, properties, start.Keyword.ToUpperInvariant()));
    }

    /// <summary><c>ENTRYPOINT exec dotnet App.dll</c>: the shell replaces itself, the app is PID 1. Correct as written.</summary>
    private static bool StartsWithExec(string arguments)
        => arguments.StartsWith("exec ", StringComparison.Ordinal) || arguments.StartsWith("exec\t", StringComparison.Ordinal);
}
