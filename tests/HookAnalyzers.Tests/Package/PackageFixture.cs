using System.IO.Compression;
using Xunit;

namespace HookAnalyzers.Tests.Package;

/// <summary>
/// Packs HookAnalyzers ONCE per test run and drives a consumer app through it as a user would.
/// Every build here starts a cold compiler, so all package tests share this one fixture and only
/// read its recorded results. The temp folder (feed, NuGet cache, consumer) is deleted afterwards.
/// </summary>
public sealed class PackageFixture : IAsyncLifetime
{
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(5);

    private readonly string _root = Path.Combine(Path.GetTempPath(), "hookanalyzers-package-" + Guid.NewGuid().ToString("N"));

    public string FeedDirectory => Path.Combine(_root, "feed");

    public string ConsumerDirectory => Path.Combine(_root, "consumer");

    public string PackageVersion => RepositoryInfo.PackageVersion;

    /// <summary>The consumer's private NuGet cache (see <see cref="RunInConsumerAsync"/>).</summary>
    public string NuGetPackagesDirectory => Path.Combine(_root, "nuget-packages");

    public string ConsumerAssemblyPath => Path.Combine(ConsumerDirectory, "bin", "Debug", "net10.0", ConsumerProject.ProjectName + ".dll");

    public string PackagePath => Path.Combine(FeedDirectory, $"HookAnalyzers.{PackageVersion}.nupkg");

    public CliResult Pack { get; private set; } = null!;

    /// <summary>Restore and first build of the consumer; null when packing failed.</summary>
    public CliResult? ConsumerBuild { get; private set; }

    /// <summary>`dotnet format analyzers` with the fixes of the package; null when the first build failed.</summary>
    public CliResult? Format { get; private set; }

    /// <summary>The build after the fixes, with warnings as errors except HOOK0021 (see ConsumerBuildTests).</summary>
    public CliResult? FixedBuild { get; private set; }

    public string WorkerDirectory => Path.Combine(_root, "worker");

    public string WorkerAssemblyPath => Path.Combine(WorkerDirectory, "bin", "Debug", "net10.0", WorkerConsumerProject.ProjectName + ".dll");

    /// <summary>The worker service without AddLifecycleHooks: must fail (HOOK0013); null when packing failed.</summary>
    public CliResult? WorkerBuildWithoutCall { get; private set; }

    /// <summary>The same worker after adding the call; null when an earlier step did not run.</summary>
    public CliResult? WorkerBuild { get; private set; }

    public string ProgramAfterFormat { get; private set; } = "";

    public string DockerfileAfterFormat { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_root);

        // Own artifacts path: the pack builds from sources, like a clean clone, and never
        // touches the bin/obj folders this test run loaded its assemblies from.
        Pack = await DotnetCli.RunAsync(_root, CommandTimeout, environment: null,
            "pack", RepositoryInfo.PackProject, "-c", "Release",
            "-o", FeedDirectory, "--artifacts-path", Path.Combine(_root, "artifacts"),
            "--disable-build-servers");
        if (!Pack.Succeeded || !File.Exists(PackagePath))
        {
            return;
        }

        // The worker first: its two builds share the restore, and a failing web consumer must not hide them.
        WorkerConsumerProject.Write(WorkerDirectory, FeedDirectory, PackageVersion);
        WorkerBuildWithoutCall = await DotnetCli.RunAsync(WorkerDirectory, CommandTimeout, PrivateCache, "build", "--disable-build-servers");
        WorkerConsumerProject.AddTheCall(WorkerDirectory);
        WorkerBuild = await DotnetCli.RunAsync(WorkerDirectory, CommandTimeout, PrivateCache, "build", "--disable-build-servers", "--no-restore");

        ConsumerProject.Write(ConsumerDirectory, FeedDirectory, PackageVersion);
        ConsumerBuild = await RunInConsumerAsync("build", "--disable-build-servers");
        if (!ConsumerBuild.Succeeded)
        {
            return;
        }

        Format = await RunInConsumerAsync(
            "format", "analyzers", ConsumerProject.ProjectName + ".csproj",
            "--diagnostics", "HOOK0012", "HOOK0013", "HOOK0021", "--severity", "warn", "--no-restore");
        ProgramAfterFormat = File.ReadAllText(Path.Combine(ConsumerDirectory, "Program.cs"));
        DockerfileAfterFormat = File.ReadAllText(Path.Combine(ConsumerDirectory, "Dockerfile"));

        // HOOK0021 stays: dotnet format never fixes diagnostics outside C# files.
        FixedBuild = await RunInConsumerAsync(
            "build", "--disable-build-servers", "-p:TreatWarningsAsErrors=true", "-p:WarningsNotAsErrors=HOOK0021");
    }

    /// <summary>A step's result, or a failure that shows the earlier step that stopped the fixture.</summary>
    public CliResult Required(CliResult? step)
        => step ?? throw new Xunit.Sdk.XunitException("An earlier step failed, so this one did not run:\n"
            + (new[] { FixedBuild, Format, ConsumerBuild, Pack }.FirstOrDefault(r => r is not null)?.ToString() ?? "nothing ran"));

    public ZipArchive OpenPackage()
    {
        Assert.True(Pack.Succeeded && File.Exists(PackagePath), Pack.ToString());
        return ZipFile.OpenRead(PackagePath);
    }

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: a leftover temp folder must not fail the run.
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// A private NuGet cache: a HookAnalyzers of the same version extracted by an earlier run
    /// would otherwise be used instead of the one just packed.
    /// </summary>
    private Task<CliResult> RunInConsumerAsync(params string[] arguments)
        => DotnetCli.RunAsync(ConsumerDirectory, CommandTimeout, PrivateCache, arguments);

    private Dictionary<string, string> PrivateCache => new() { ["NUGET_PACKAGES"] = NuGetPackagesDirectory };
}

[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageFixture>
{
    public const string Name = "Package";
}
