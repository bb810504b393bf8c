namespace HookAnalyzers.Tests.Package;

/// <summary>
/// The files of a user's app that installs HookAnalyzers from a local folder feed, written to a
/// temp folder outside the repository so no Directory.Build.props of ours leaks into it. The app
/// forgot AddLifecycleHooks/MapLifecycleHooks (HOOK0013/HOOK0012) and its Dockerfile starts it in
/// shell form (HOOK0021), so the build shows what a user sees and `dotnet format` has work to do.
/// </summary>
internal static class ConsumerProject
{
    public const string ProjectName = "ConsumerApp";

    /// <summary>The project without HookAnalyzers: the fixture adds it as the docs say, `dotnet add package HookAnalyzers --prerelease`.</summary>
    public static void Write(string directory, string feedDirectory)
    {
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "nuget.config"), LocalFeedConfig.For(feedDirectory));
        File.WriteAllText(Path.Combine(directory, ProjectName + ".csproj"), ProjectFile);
        File.WriteAllText(Path.Combine(directory, "Program.cs"), Program);
        File.WriteAllText(Path.Combine(directory, "Hooks.cs"), Hooks);
        File.WriteAllText(Path.Combine(directory, "Dockerfile"), Dockerfile);
        File.WriteAllText(Path.Combine(directory, ".editorconfig"), EditorConfig);
    }

    /// <summary>
    /// HOOK0012/HOOK0013 are errors by default: a first build would fail before writing its
    /// outputs, and `dotnet format` should meet the project as it builds. The user's own way to
    /// do that is an .editorconfig, so the test uses one.
    /// </summary>
    private const string EditorConfig = """
        root = true

        [*.cs]
        dotnet_diagnostic.HOOK0012.severity = warning
        dotnet_diagnostic.HOOK0013.severity = warning
        """;

    public const string Dockerfile = """
        FROM mcr.microsoft.com/dotnet/aspnet:10.0
        WORKDIR /app
        COPY bin/Release/net10.0/publish/ .
        ENTRYPOINT dotnet ConsumerApp.dll
        """;

    /// <summary>Program.cs after `dotnet format analyzers` applied the HOOK0013 and HOOK0012 fixes.</summary>
    public static readonly string FixedProgram = TestPrograms.WebTopLevel("""app.MapGet("/", () => "consumer");""");

    private const string ProjectFile = """
        <Project Sdk="Microsoft.NET.Sdk.Web">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <ImplicitUsings>enable</ImplicitUsings>
            <Nullable>enable</Nullable>
          </PropertyGroup>
          <ItemGroup>
            <AdditionalFiles Include="Dockerfile" />
          </ItemGroup>
        </Project>
        """;

    public const string Program = """
        var builder = WebApplication.CreateBuilder(args);
        var app = builder.Build();
        app.MapGet("/", () => "consumer");
        app.Run();
        """;

    /// <summary>No `using HookAnalyzers;`: with implicit usings the package's props add it.</summary>
    public const string Hooks = """
        namespace ConsumerApp;

        public static class Hooks
        {
            [PostStart(TimeoutSeconds = 5)]
            public static Task WarmAsync(CancellationToken ct) => Task.CompletedTask;

            [PreStop(TimeoutSeconds = 5)]
            public static Task FlushAsync(CancellationToken ct) => Task.CompletedTask;
        }
        """;
}
