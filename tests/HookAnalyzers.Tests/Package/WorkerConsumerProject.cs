namespace HookAnalyzers.Tests.Package;

/// <summary>
/// A worker service as `dotnet new worker` makes it, with HookAnalyzers from the local feed and one
/// [PreStop] method. Written first without <c>builder.AddLifecycleHooks()</c> (the build must fail
/// with HOOK0013: a hook that silently never runs is the one thing it must not do), then with it.
/// </summary>
internal static class WorkerConsumerProject
{
    public const string ProjectName = "WorkerConsumer";

    /// <summary>The [PreStop] method writes here (an overwrite, so it is idempotent); the test reads it.</summary>
    public const string MarkerVariable = "WORKER_CONSUMER_MARKER";

    public const string HostingVersion = "10.0.12";

    public static void Write(string directory, string feedDirectory, string packageVersion)
    {
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "nuget.config"), LocalFeedConfig.For(feedDirectory, useMachineCache: true));
        File.WriteAllText(Path.Combine(directory, ProjectName + ".csproj"), ProjectFile(packageVersion));
        File.WriteAllText(Path.Combine(directory, "Program.cs"), ProgramWithoutCall);
        File.WriteAllText(Path.Combine(directory, "Worker.cs"), Worker);
    }

    public static void AddTheCall(string directory)
        => File.WriteAllText(Path.Combine(directory, "Program.cs"), ProgramWithCall);

    public const string ProgramWithoutCall = """
        using WorkerConsumer;

        var builder = Host.CreateApplicationBuilder(args);
        builder.Services.AddHostedService<Worker>();
        var host = builder.Build();
        host.Run();
        """;

    public const string ProgramWithCall = """
        using WorkerConsumer;

        var builder = Host.CreateApplicationBuilder(args);
        builder.AddLifecycleHooks();
        builder.Services.AddHostedService<Worker>();
        var host = builder.Build();
        host.Run();
        """;

    private const string Worker = """
        using HookAnalyzers;

        namespace WorkerConsumer;

        public class Worker(ILogger<Worker> logger) : BackgroundService
        {
            protected override async Task ExecuteAsync(CancellationToken stoppingToken)
            {
                while (!stoppingToken.IsCancellationRequested)
                {
                    logger.LogDebug("Worker running at: {time}", DateTimeOffset.Now);
                    await Task.Delay(1000, stoppingToken);
                }
            }

            [PreStop(TimeoutSeconds = 5)]
            public static Task FlushAsync(CancellationToken ct)
                => File.WriteAllTextAsync(Environment.GetEnvironmentVariable("WORKER_CONSUMER_MARKER") ?? "pre-stop.txt", "flushed", ct);
        }
        """;

    private static string ProjectFile(string packageVersion) => $"""
        <Project Sdk="Microsoft.NET.Sdk.Worker">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <ImplicitUsings>enable</ImplicitUsings>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="Microsoft.Extensions.Hosting" Version="{HostingVersion}" />
            <PackageReference Include="HookAnalyzers" Version="{packageVersion}" />
          </ItemGroup>
        </Project>
        """;
}
