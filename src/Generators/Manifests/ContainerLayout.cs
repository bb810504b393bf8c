using System.Text.RegularExpressions;
using HookAnalyzers.Generators.Parsing;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HookAnalyzers.Generators.Manifests;

/// <summary>
/// How the container image starts the app, from the .NET SDK container properties (passed with
/// CompilerVisibleProperty in build/HookAnalyzers.props). It decides the default HookCommand.
/// </summary>
/// <remarks>
/// The rule copies the SDK's own ComputeContainerConfig (Microsoft.NET.Build.Containers.targets),
/// so the exec handler runs the app exactly as the image's entrypoint does:
/// self-contained (SelfContained or PublishSelfContained) runs the app host
/// <c>{ContainerWorkingDirectory}{AssemblyName}</c>; otherwise <c>dotnet {ContainerWorkingDirectory}{AssemblyName}.dll</c>.
/// ContainerWorkingDirectory defaults to <c>/app/</c>, which is also the WORKDIR of the official
/// ASP.NET runtime image layout (<c>COPY ... /app</c>, <c>dotnet App.dll</c>), so a Dockerfile build
/// and an SDK-built framework-dependent image get the same command. Anything else: set HookCommand.
/// </remarks>
internal sealed record ContainerLayout(string WorkingDirectory, bool SelfContained)
{
    public const string DefaultWorkingDirectory = "/app/";

    public static readonly ContainerLayout Default = new(DefaultWorkingDirectory, SelfContained: false);

    // One command line split on spaces: a directory with whitespace cannot be expressed, so it falls back.
    private static readonly Regex UsableDirectory = new("^/[^\\s]*$", RegexOptions.CultureInvariant);

    public static ContainerLayout FromMsBuild(AnalyzerConfigOptions options)
    {
        var directory = Read(options, "ContainerWorkingDirectory");
        if (directory is null || !UsableDirectory.IsMatch(directory))
        {
            directory = DefaultWorkingDirectory;
        }
        else if (!directory.EndsWith("/", System.StringComparison.Ordinal))
        {
            directory += "/";
        }

        var selfContained = IsTrue(Read(options, "SelfContained")) || IsTrue(Read(options, "PublishSelfContained"));
        return new ContainerLayout(directory, selfContained);
    }

    public string HookCommand(string assemblyName)
        => SelfContained ? WorkingDirectory + assemblyName : "dotnet " + WorkingDirectory + assemblyName + ".dll";

    private static string? Read(AnalyzerConfigOptions options, string property)
        => options.TryGetValue(KnownNames.BuildPropertyPrefix + property, out var value) && !string.IsNullOrWhiteSpace(value)
            ? value.Trim()
            : null;

    private static bool IsTrue(string? value) => string.Equals(value, "true", System.StringComparison.OrdinalIgnoreCase);
}
