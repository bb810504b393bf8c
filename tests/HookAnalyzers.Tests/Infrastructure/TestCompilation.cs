using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace HookAnalyzers.Tests.Infrastructure;

/// <summary>The framework a test compilation is checked against.</summary>
public enum TargetRuntime
{
    /// <summary>The running .NET 10 shared frameworks (NETCore + AspNetCore).</summary>
    Net10,

    /// <summary>The net8.0 reference packs (restored by PackageDownload in the test csproj).</summary>
    Net8,

    /// <summary>A worker service on .NET 10: Microsoft.Extensions.* (the hosting packages) without ASP.NET Core.</summary>
    Net10Worker,

    /// <summary>A plain .NET 10 class library or console app: no host at all.</summary>
    Net10Bare,
}

/// <summary>In-memory C# compilations with the ASP.NET Core references, as a user's web app has them.</summary>
public static class TestCompilation
{
    public const string AssemblyName = "TestApp";

    private static readonly ConcurrentDictionary<TargetRuntime, ImmutableArray<MetadataReference>> References = new();

    public static CSharpParseOptions ParseOptions(TargetRuntime runtime = TargetRuntime.Net10)
        => new(runtime == TargetRuntime.Net8 ? LanguageVersion.CSharp12 : LanguageVersion.Latest);

    public static CSharpCompilation Create(params string[] sources)
        => Create(TargetRuntime.Net10, OutputKind.DynamicallyLinkedLibrary, sources);

    public static CSharpCompilation Create(TargetRuntime runtime, OutputKind outputKind, params string[] sources)
        => Create(runtime, outputKind, implicitUsings: false, sources);

    /// <summary>
    /// The test sources as Test0.cs, Test1.cs...; with <paramref name="implicitUsings"/> also
    /// <see cref="ImplicitUsingsPath"/>, as a project with ImplicitUsings has it.
    /// </summary>
    public static CSharpCompilation Create(TargetRuntime runtime, OutputKind outputKind, bool implicitUsings, IEnumerable<string> sources)
    {
        var parseOptions = ParseOptions(runtime);
        var trees = sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, parseOptions, path: $"Test{i}.cs"));
        if (implicitUsings)
        {
            trees = trees.Append(CSharpSyntaxTree.ParseText(ImplicitUsings(runtime), parseOptions, path: ImplicitUsingsPath));
        }

        return CSharpCompilation.Create(
            AssemblyName,
            trees,
            ReferencesFor(runtime),
            new CSharpCompilationOptions(outputKind, nullableContextOptions: NullableContextOptions.Enable));
    }

    /// <summary>Where the SDK writes the implicit usings; not a Test*.cs file, so no diagnostic there is the test's.</summary>
    public const string ImplicitUsingsPath = "GlobalUsings.g.cs";

    /// <summary>
    /// The global usings the SDK writes for a project with ImplicitUsings of the runtime's kind
    /// (Microsoft.NET.Sdk, .Web or .Worker), plus the one the package's props add.
    /// </summary>
    public static string ImplicitUsings(TargetRuntime runtime)
    {
        string[] sdk = ["System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks"];
        string[] host = ["Microsoft.Extensions.Configuration", "Microsoft.Extensions.DependencyInjection", "Microsoft.Extensions.Hosting", "Microsoft.Extensions.Logging"];
        string[] web = ["System.Net.Http.Json", "Microsoft.AspNetCore.Builder", "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Http", "Microsoft.AspNetCore.Routing"];
        IEnumerable<string> namespaces = runtime switch
        {
            TargetRuntime.Net10Bare => sdk,
            TargetRuntime.Net10Worker => [.. sdk, .. host],
            _ => [.. sdk, .. web, .. host],
        };

        return string.Concat(namespaces.Append("HookAnalyzers").Select(ns => $"global using global::{ns};\n"));
    }

    public static ImmutableArray<MetadataReference> ReferencesFor(TargetRuntime runtime)
        => References.GetOrAdd(runtime, static r => r switch
        {
            TargetRuntime.Net8 => LoadNet8(),
            TargetRuntime.Net10Worker => LoadNet10().Where(r => IsNetCore(r) || Path.GetFileName(r.Display!).StartsWith("Microsoft.Extensions.", StringComparison.Ordinal)).ToImmutableArray(),
            TargetRuntime.Net10Bare => LoadNet10().Where(IsNetCore).ToImmutableArray(),
            _ => LoadNet10(),
        });

    private static bool IsNetCore(MetadataReference reference) => reference.Display!.Contains("Microsoft.NETCore.App", StringComparison.Ordinal);

    /// <summary>Errors and warnings, i.e. what TreatWarningsAsErrors would fail on.</summary>
    public static IReadOnlyList<Diagnostic> WarningsAndErrors(Compilation compilation)
        => compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();

    private static ImmutableArray<MetadataReference> LoadNet10()
    {
        // The test project references Microsoft.AspNetCore.App, so both shared frameworks are trusted.
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return trusted
            .Where(path => path.Contains("Microsoft.NETCore.App", StringComparison.Ordinal) || path.Contains("Microsoft.AspNetCore.App", StringComparison.Ordinal))
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }

    private static ImmutableArray<MetadataReference> LoadNet8()
    {
        var packs = new[] { "microsoft.netcore.app.ref", "microsoft.aspnetcore.app.ref" };
        return packs
            .SelectMany(pack => Directory.GetFiles(Path.Combine(RepoPaths.NuGetPackageRoot, pack, "8.0.31", "ref", "net8.0"), "*.dll"))
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }
}
