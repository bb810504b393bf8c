namespace HookAnalyzers.Analyzers;

/// <summary>Help links point at docs/rules/{id}.md in the repository (checked by the meta tests).</summary>
public static class HelpLinks
{
    public const string RepositoryUrl = "https://github.com/hookanalyzers/hookanalyzers";

    public static string For(string id) => $"{RepositoryUrl}/blob/main/docs/rules/{id}.md";
}
