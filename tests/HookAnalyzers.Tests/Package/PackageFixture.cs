using System.IO.Compression;
using HookAnalyzers.Tests.Infrastructure.Processes;

namespace HookAnalyzers.Tests.Package;

/// <summary>
/// Packs HookAnalyzers ONCE per test run (twice, with a change in between, to show that the second
/// pack gets a newer version) and drives a consumer app through the newest pack as a user would.
/// Every build here starts a cold compiler, so all package tests share this one fixture and only
/// read its recorded results. The temp folder (sources, feed, NuGet cache, consumer) is deleted afterwards.
/// </summary>
public sealed class PackageFixture : IAsyncLifetime
{
    // A hang guard, not a speed limit: a loaded 2-core machine can take minutes for a cold pack.
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(10);

    private readonly string _root = Path.Combine(Path.GetTempPath(), "hookanalyzers-package-" + Guid.NewGuid().ToString("N"));

    public string SourceDirectory => Path.Combine(_root, "source");

    public string FeedDirectory => Path.Combine(_root, "feed");

    public string ConsumerDirectory => Path.Combine(_root, "consumer");

    /// <summary>The version of the first pack, before <see cref="SourceCopy.Change"/>; empty when it failed.</summary>
    public string FirstPackageVersion { get; private set; } = "";

    /// <summary>The version of the second, newest pack, the one the consumer adds; empty when it failed.</summary>
    public string PackageVersion { get; private set; } = "";

    /// <summary>The consumer's private NuGet cache (see <see cref="RunInConsumerAsync"/>).</summary>
    public string NuGetPackagesDirectory => Path.Combine(_root, "nuget-packages");

    public string ConsumerAssemblyPath => Path.Combine(ConsumerDirectory, "bin", "Debug", "net10.0", ConsumerProject.ProjectName + ".dll");

    public string FirstPackagePath => PackagePathOf(FirstPackageVersion);

    public string PackagePath => PackagePathOf(PackageVersion);

    /// <summary>The first pack of the sources as they are in the repository.</summary>
    public ProcessResult FirstPack { get; private set; } = null!;

    /// <summary>The pack after <see cref="SourceCopy.Change"/>; null when the first pack failed.</summary>
    public ProcessResult? SecondPack { get; private set; }

    /// <summary>The pack every other test reads: the second one.</summary>
    public ProcessResult Pack => SecondPack ?? FirstPack;

    /// <summary>`dotnet add package HookAnalyzers --prerelease` in the consumer; null when packing failed.</summary>
    public ProcessResult? AddPackage { get; private set; }

    /// <summary>Restore and first build of the consumer; null when adding the package failed.</summary>
    public ProcessResult? ConsumerBuild { get; private set; }

    /// <summary>`dotnet format analyzers` with the fixes of the package; null when the first build failed.</summary>
    public ProcessResult? Format { get; private set; }

    /// <summary>The build after the fixes, with warnings as errors except HOOK0021 (see ConsumerBuildTests).</summary>
    public ProcessResult? FixedBuild { get; private set; }

    public string WorkerDirectory => Path.Combine(_root, "worker");

    public string WorkerAssemblyPath => Path.Combine(WorkerDirectory, "bin", "Debug", "net10.0", WorkerConsumerProject.ProjectName + ".dll");

    /// <summary>The worker service without AddLifecycleHooks: must fail (HOOK0013); null when packing failed.</summary>
    public ProcessResult? WorkerBuildWithoutCall { get; private set; }

    /// <summary>The same worker after adding the call; null when an earlier step did not run.</summary>
    public ProcessResult? WorkerBuild { get; private set; }

    public string ProgramAfterFormat { get; private set; } = "";

    public string DockerfileAfterFormat { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_root);

        // A copy of the sources: the pack builds like a clean clone, never touches the bin/obj
        // folders this test run loaded its assemblies from, and may change a file.
        SourceCopy.Write(SourceDirectory);
        (FirstPack, FirstPackageVersion) = await PackAsync();
        if (!FirstPack.Succeeded || FirstPackageVersion.Length == 0)
        {
            return;
        }

        SourceCopy.Change(SourceDirectory);
        (var secondPack, PackageVersion) = await PackAsync();
        SecondPack = secondPack;
        if (!secondPack.Succeeded || PackageVersion.Length == 0)
        {
            return;
        }

        ConsumerProject.Write(ConsumerDirectory, FeedDirectory);
        AddPackage = await RunInConsumerAsync("add", ConsumerProject.ProjectName + ".csproj", "package", "HookAnalyzers", "--prerelease");
        if (!AddPackage.Succeeded)
        {
            return;
        }

        // The worker first: a failing web consumer must not hide it.
        WorkerConsumerProject.Write(WorkerDirectory, FeedDirectory, PackageVersion);
        WorkerBuildWithoutCall = await RunWithPrivateCacheAsync(WorkerDirectory, "build", "--disable-build-servers");
        WorkerConsumerProject.AddTheCall(WorkerDirectory);
        WorkerBuild = await RunWithPrivateCacheAsync(WorkerDirectory, "build", "--disable-build-servers", "--no-restore");

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
    public ProcessResult Required(ProcessResult? step)
        => step ?? throw new Xunit.Sdk.XunitException("An earlier step failed, so this one did not run:\n"
            + (new[] { FixedBuild, Format, ConsumerBuild, AddPackage, SecondPack, FirstPack }.FirstOrDefault(r => r is not null)?.ToString() ?? "nothing ran"));

    public ZipArchive OpenPackage() => OpenPackage(PackagePath);

    public ZipArchive OpenPackage(string path)
    {
        Assert.True(Pack.Succeeded && File.Exists(path), $"missing {path}\n{Pack}");
        return ZipFile.OpenRead(path);
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

    /// <summary>A default pack (no version given, as in the docs) and the version of the package it added to the feed.</summary>
    private async Task<(ProcessResult Pack, string Version)> PackAsync()
    {
        var before = PackagesInFeed();
        var pack = await ProcessRunner.RunAsync(
            DotnetCommand.Cli(
                _root,
                "pack", Path.Combine(SourceDirectory, "src", "Pack", "HookAnalyzers.Pack.csproj"), "-c", "Release",
                "-o", FeedDirectory, "--disable-build-servers"),
            CommandTimeout);
        var added = PackagesInFeed().Except(before).ToArray();
        return (pack, added.Length == 1 ? added[0] : "");
    }

    private string[] PackagesInFeed()
        => Directory.Exists(FeedDirectory)
            ? Directory.GetFiles(FeedDirectory, "HookAnalyzers.*.nupkg")
                .Select(path => Path.GetFileNameWithoutExtension(path)["HookAnalyzers.".Length..])
                .ToArray()
            : [];

    private string PackagePathOf(string version) => Path.Combine(FeedDirectory, $"HookAnalyzers.{version}.nupkg");

    /// <summary>
    /// A private NuGet cache: a HookAnalyzers of the same version extracted by an earlier run
    /// would otherwise be used instead of the one just packed.
    /// </summary>
    private Task<ProcessResult> RunInConsumerAsync(params string[] arguments)
        => RunWithPrivateCacheAsync(ConsumerDirectory, arguments);

    private Task<ProcessResult> RunWithPrivateCacheAsync(string directory, params string[] arguments)
        => ProcessRunner.RunAsync(
            DotnetCommand.Cli(directory, arguments).WithEnvironment(new Dictionary<string, string> { ["NUGET_PACKAGES"] = NuGetPackagesDirectory }),
            CommandTimeout);
}

[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageFixture>
{
    public const string Name = "Package";
}
