namespace HookAnalyzers.Tests.Analyzers;

/// <summary>
/// The frame of a hook-body test, a public type with one public hook method, around the statements
/// the test is about (markup allowed), so a test shows the type and hook in one line each.
/// </summary>
internal static class HookBodies
{
    /// <summary><paramref name="statements"/> in <c>static class Hooks</c>, hook <c>static async Task RunAsync(CancellationToken ct)</c>.</summary>
    public static string Async(string statements, string attribute = "PreStop")
        => Frame("static class Hooks", attribute, "static async Task RunAsync(CancellationToken ct)", statements);

    /// <summary>
    /// <c>public <paramref name="type"/></c> with one method, <c>[<paramref name="attribute"/>] public
    /// <paramref name="signature"/></c>, whose body is <paramref name="statements"/>.
    /// </summary>
    public static string Frame(string type, string attribute, string signature, string statements) => $$"""
        public {{type}}
        {
            [{{attribute}}]
            public {{signature}}
            {
        {{string.Join('\n', statements.Split('\n').Select(line => line.Length == 0 ? line : "        " + line))}}
            }
        }
        """;
}
