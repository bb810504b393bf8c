namespace HookAnalyzers.Tests.Analyzers;

/// <summary>
/// The usual frame of a hook-body test: statements (markup allowed) as the body of an async static
/// hook method that has the token, so a test shows only the statements it is about.
/// </summary>
internal static class HookBodies
{
    /// <summary><paramref name="statements"/> in <c>Hooks.RunAsync(CancellationToken ct)</c> under <c>[<paramref name="attribute"/>]</c>.</summary>
    public static string Async(string statements, string attribute = "PreStop") => $$"""
        public static class Hooks
        {
            [{{attribute}}]
            public static async Task RunAsync(CancellationToken ct)
            {
        {{string.Join('\n', statements.Split('\n').Select(line => line.Length == 0 ? line : "        " + line))}}
            }
        }
        """;
}
