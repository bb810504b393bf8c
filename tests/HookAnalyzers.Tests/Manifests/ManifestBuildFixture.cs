using HookAnalyzers.Tests.Infrastructure.Processes;

namespace HookAnalyzers.Tests.Manifests;

[CollectionDefinition(Name)]
public sealed class ManifestBuildCollection : ICollectionFixture<ManifestBuildFixture>
{
    public const string Name = "Manifest builds";
}

/// <summary>A manifest file after one build: its bytes and when it was last written (null bytes: no file).</summary>
public sealed record ManifestFileState(byte[]? Bytes, DateTime LastWriteTimeUtc)
{
    public bool Exists => Bytes is not null;

    public static ManifestFileState Read(string path)
        => File.Exists(path) ? new(File.ReadAllBytes(path), File.GetLastWriteTimeUtc(path)) : new(null, default);
}

/// <summary>
/// The real <c>dotnet build</c>s the manifest tests need, run once and in order, because each costs
/// seconds here (cold compiler). Projects live in a temp folder whose Directory.Build.props imports the
/// repository's, and reference the repository's generator as an analyzer with the package's props and
/// targets imported, like samples/HookDemo. The generator is not rebuilt (BuildProjectReferences=false):
/// the test project's build already produced it in the same configuration.
/// </summary>
public sealed class ManifestBuildFixture : IDisposable
{
#if DEBUG
    public const string Configuration = "Debug";
#else
    public const string Configuration = "Release";
#endif

    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(5);

    private const string TinyProject = """
        <Project Sdk="Microsoft.NET.Sdk.Web">
          <Import Project="$(RepoRoot)src/Generators/build/HookAnalyzers.props" />
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <ImplicitUsings>enable</ImplicitUsings>
            <Nullable>enable</Nullable>
            <IsPackable>false</IsPackable>
          </PropertyGroup>
          <ItemGroup>
            <ProjectReference Include="$(RepoRoot)src/Generators/HookAnalyzers.Generators.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
            <ProjectReference Include="$(RepoRoot)src/Tasks/HookAnalyzers.Tasks.csproj" ReferenceOutputAssembly="false" />
          </ItemGroup>
          <Import Project="$(RepoRoot)src/Generators/build/HookAnalyzers.targets" />
        </Project>
        """;

    private const string TinyHooks = """
        using HookAnalyzers;

        namespace Tiny;

        public static class Hooks
        {
            [PreStop(TimeoutSeconds = 3)]
            public static Task DrainAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        }
        """;

    public ManifestBuildFixture()
    {
        Root = Directory.CreateTempSubdirectory("hook-manifest-builds-").FullName;
        File.WriteAllText(Path.Combine(Root, "Directory.Build.props"), $"<Project><Import Project=\"{RepoPaths.Combine("Directory.Build.props")}\" /></Project>\n");
        File.WriteAllText(Path.Combine(Root, "Directory.Build.targets"), $"<Project><Import Project=\"{RepoPaths.Combine("Directory.Build.targets")}\" /></Project>\n");
        File.WriteAllText(Path.Combine(Root, "Directory.Packages.props"), $"<Project><Import Project=\"{RepoPaths.Combine("Directory.Packages.props")}\" /></Project>\n");

        var tiny = Path.Combine(Root, "Tiny");
        Directory.CreateDirectory(tiny);
        File.WriteAllText(Path.Combine(tiny, "Tiny.csproj"), TinyProject);
        File.WriteAllText(Path.Combine(tiny, "Program.cs"), TestPrograms.WebTopLevel());
        File.WriteAllText(Path.Combine(tiny, "Hooks.cs"), TinyHooks);
        TinyManifestDirectory = Path.Combine(tiny, "obj", Configuration, "net10.0");

        Build(tiny);
        FirstBuild = ReadTiny();

        RebuildOutput = Build(tiny, "--no-incremental");
        Rebuild = ReadTiny();

        // The IDE's design-time builds must not write: delete the files, build as the IDE would, then normally.
        DeleteTinyFiles();
        Build(tiny, "-p:DesignTimeBuild=true");
        AfterDesignTimeBuild = ReadTiny();
        Build(tiny);
        AfterNormalBuildOfDeletedFiles = ReadTiny();

        File.Delete(Path.Combine(tiny, "Hooks.cs"));
        Build(tiny);
        AfterHooksRemoved = ReadTiny();

        // Another project's file in the same directory is not this project's stale file.
        File.WriteAllText(Path.Combine(TinyManifestDirectory, "lifecycle.patch.yaml"), ForeignPatch);
        Build(tiny);
        ForeignFileAfterBuild = ManifestFileState.Read(Path.Combine(TinyManifestDirectory, "lifecycle.patch.yaml"));

        SampleDirectory = Path.Combine(Root, "HookDemo");
        CopySample(RepoPaths.Combine("samples", "HookDemo"), SampleDirectory);
        SampleBuildOutput = Build(SampleDirectory);
        SampleManifestDirectory = Path.Combine(SampleDirectory, "k8s", "generated");
        SampleAssembly = Path.Combine(SampleDirectory, "bin", Configuration, "net10.0", "HookDemo.dll");
    }

    public string Root { get; }

    /// <summary>Where the tiny project's manifests go by default: $(IntermediateOutputPath).</summary>
    public string TinyManifestDirectory { get; }

    public IReadOnlyDictionary<string, ManifestFileState> FirstBuild { get; }

    public IReadOnlyDictionary<string, ManifestFileState> Rebuild { get; }

    /// <summary>What the rebuild printed (minimal verbosity, as `dotnet build` shows it).</summary>
    public string RebuildOutput { get; }

    public IReadOnlyDictionary<string, ManifestFileState> AfterDesignTimeBuild { get; }

    public IReadOnlyDictionary<string, ManifestFileState> AfterNormalBuildOfDeletedFiles { get; }

    public IReadOnlyDictionary<string, ManifestFileState> AfterHooksRemoved { get; }

    public const string ForeignPatch = "# Generated by HookAnalyzers from Other.App at build time.\nkind: Deployment\n";

    public ManifestFileState ForeignFileAfterBuild { get; }

    /// <summary>A copy of samples/HookDemo (sources only), built here so the repository's copy is never written by tests.</summary>
    public string SampleDirectory { get; }

    public string SampleManifestDirectory { get; }

    public string SampleAssembly { get; }

    /// <summary>What the sample's build printed (minimal verbosity).</summary>
    public string SampleBuildOutput { get; }

    public static IReadOnlyList<string> FileNames { get; } = ["lifecycle.container.yaml", "lifecycle.patch.yaml"];

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // a temp folder left behind is harmless
        }
    }

    private IReadOnlyDictionary<string, ManifestFileState> ReadTiny()
        => FileNames.ToDictionary(name => name, name => ManifestFileState.Read(Path.Combine(TinyManifestDirectory, name)));

    private void DeleteTinyFiles()
    {
        foreach (var name in FileNames)
        {
            File.Delete(Path.Combine(TinyManifestDirectory, name));
        }
    }

    private static string Build(string projectDirectory, params string[] extraArguments)
    {
        var result = ProcessRunner.Run(
            DotnetCommand.Build(projectDirectory, projectDirectory, ["-c", Configuration, "-p:BuildProjectReferences=false", "-nologo", "-v:m", .. extraArguments]),
            BuildTimeout);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(result.ToString());
        }

        return result.Output;
    }

    private static void CopySample(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            var top = relative.Split(Path.DirectorySeparatorChar)[0];
            if (top is "bin" or "obj" or "k8s")
            {
                continue;
            }

            var destination = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}
