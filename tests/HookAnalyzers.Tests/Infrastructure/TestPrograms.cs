namespace HookAnalyzers.Tests.Infrastructure;

/// <summary>The Program class of the in-memory apps, so each test source shows only what it is about.</summary>
public static class TestPrograms
{
    /// <summary>
    /// A web app's Main with both calls the hooks need (AddLifecycleHooks on the builder,
    /// MapLifecycleHooks on the app), then <paramref name="routes"/>, one statement each, before Run.
    /// </summary>
    public static string WebMain(params string[] routes) => InMain(string.Join('\n', [
        "var builder = WebApplication.CreateBuilder(args);",
        "builder.AddLifecycleHooks();",
        "var app = builder.Build();",
        "app.MapLifecycleHooks();",
        .. routes,
        "app.Run();"]));

    /// <summary><paramref name="statements"/> (markup allowed) as the body of <c>Program.Main</c>, indented as a user writes them.</summary>
    public static string InMain(string statements) => $$"""
        public static class Program
        {
            public static void Main(string[] args)
            {
        {{string.Join('\n', statements.Split('\n').Select(line => line.Length == 0 ? line : "        " + line))}}
            }
        }
        """;
}
