using Microsoft.CodeAnalysis;

namespace HookAnalyzers.Tests.Infrastructure;

/// <summary>The Program.cs of the test apps, so each test source shows only what it is about.</summary>
public static class TestPrograms
{
    /// <summary>Options for a test source that is a Program.cs: an executable, so top-level statements compile.</summary>
    public static readonly AnalyzerTestOptions Options = new() { OutputKind = OutputKind.ConsoleApplication };

    /// <summary>
    /// A web app's top-level statements with both calls the hooks need (AddLifecycleHooks on the
    /// builder, MapLifecycleHooks on the app), then <paramref name="routes"/>, one statement each, before Run.
    /// </summary>
    public static string WebTopLevel(params string[] routes) => string.Join('\n', [
        "var builder = WebApplication.CreateBuilder(args);",
        "builder.AddLifecycleHooks();",
        "var app = builder.Build();",
        "app.MapLifecycleHooks();",
        .. routes,
        "app.Run();"]);

    /// <summary><see cref="WebTopLevel"/> as the body of <c>Program.Main</c>.</summary>
    public static string WebMain(params string[] routes) => InMain(WebTopLevel(routes));

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
