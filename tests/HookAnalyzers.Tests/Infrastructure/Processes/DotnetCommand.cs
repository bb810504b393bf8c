namespace HookAnalyzers.Tests.Infrastructure.Processes;

/// <summary><see cref="ProcessCommand"/>s for the <c>dotnet</c> muxer that runs this test, so children use the same SDK and runtime.</summary>
public static class DotnetCommand
{
    public static string Muxer { get; } =
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    /// <summary>A CLI command (<c>dotnet pack ...</c>, <c>dotnet format ...</c>) run in <paramref name="workingDirectory"/>.</summary>
    public static ProcessCommand Cli(string workingDirectory, params string[] arguments)
        => new(Muxer, arguments) { WorkingDirectory = workingDirectory };

    /// <summary><c>dotnet build</c> of one project, never leaving a build node behind.</summary>
    public static ProcessCommand Build(string project, string workingDirectory, params string[] arguments)
        => Cli(workingDirectory, ["build", project, "-nodeReuse:false", .. arguments]);

    /// <summary>A built app (<c>dotnet App.dll args</c>), run from its output folder.</summary>
    public static ProcessCommand App(string assembly, params string[] arguments)
        => new(Muxer, [assembly, .. arguments]) { WorkingDirectory = Path.GetDirectoryName(assembly) };
}
