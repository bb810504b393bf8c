namespace HookAnalyzers.Tests.Package;

/// <summary>
/// The files of a user's app that installs HookAnalyzers from a local folder feed, written to a
/// temp folder outside the repository so no Directory.Build.props of ours leaks into it.
/// </summary>
internal static class ConsumerProject
{
    public const string ProjectName = "ConsumerApp";

    public static void Write(string directory, string feedDirectory, string packageVersion)
    {
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "nuget.config"), NuGetConfig(feedDirectory));
        File.WriteAllText(Path.Combine(directory, ProjectName + ".csproj"), ProjectFile(packageVersion));
        File.WriteAllText(Path.Combine(directory, "Program.cs"), Program);
        File.WriteAllText(Path.Combine(directory, "Hooks.cs"), Hooks);
    }

    /// <summary>
    /// The local feed is the only source for HookAnalyzers (packageSourceMapping), so the test
    /// can never pass with a copy of the package from nuget.org.
    /// </summary>
    private static string NuGetConfig(string feedDirectory) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <clear />
            <add key="local" value="{feedDirectory}" />
            <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
          </packageSources>
          <packageSourceMapping>
            <packageSource key="local">
              <package pattern="HookAnalyzers" />
            </packageSource>
            <packageSource key="nuget.org">
              <package pattern="*" />
            </packageSource>
          </packageSourceMapping>
        </configuration>
        """;

    private static string ProjectFile(string packageVersion) => $"""
        <Project Sdk="Microsoft.NET.Sdk.Web">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <ImplicitUsings>enable</ImplicitUsings>
            <Nullable>enable</Nullable>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="HookAnalyzers" Version="{packageVersion}" />
          </ItemGroup>
        </Project>
        """;

    private const string Program = """
        var builder = WebApplication.CreateBuilder(args);
        builder.AddLifecycleHooks();
        var app = builder.Build();
        app.MapLifecycleHooks();
        app.MapGet("/", () => "consumer");
        app.Run();
        """;

    private const string Hooks = """
        using HookAnalyzers;

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
