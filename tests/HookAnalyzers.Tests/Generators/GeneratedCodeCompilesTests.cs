using HookAnalyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace HookAnalyzers.Tests.Generators;

/// <summary>Generated code compiles with no warnings (TreatWarningsAsErrors) and nullable on, for net8.0 and net10.0.</summary>
public sealed class GeneratedCodeCompilesTests
{
    private const string App = """
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using HookAnalyzers;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.Extensions.Logging;

        [assembly: LifecycleHooks(DrainDelaySeconds = 2, HookToken = "s3cret")]

        namespace Demo;

        public interface ICache { Task LoadAsync(CancellationToken ct); }

        public sealed class CacheWarmer(ICache cache)
        {
            [PostStart(TimeoutSeconds = 20)]
            public Task WarmAsync(CancellationToken ct) => cache.LoadAsync(ct);
        }

        public static class Outbox
        {
            [PreStop(Order = 10, TimeoutSeconds = 8)]
            public static ValueTask FlushAsync(ILogger<ICache> log, ICache? optional, CancellationToken ct) => default;

            [PreStop]
            internal static void Deregister() { }
        }

        public static class Program
        {
            public static void Main(string[] args)
            {
                var builder = WebApplication.CreateBuilder(args);
                builder.AddLifecycleHooks();
                var app = builder.Build();
                app.MapLifecycleHooks();
                app.Run();
            }
        }
        """;

    [Theory]
    [InlineData(TargetRuntime.Net8)]
    [InlineData(TargetRuntime.Net10)]
    public void Generated_code_has_no_warnings(TargetRuntime runtime)
    {
        var compilation = TestCompilation.Create(runtime, OutputKind.ConsoleApplication, App);
        var run = GeneratorRunner.Run(compilation, runtime: runtime);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.True(run.HasSource("LifecycleHooks.Registry.g.cs"));
        Assert.Empty(TestCompilation.WarningsAndErrors(run.OutputCompilation));
    }

    /// <summary>Settings that switch generated branches on or off, as MSBuild properties.</summary>
    public static TheoryData<TargetRuntime, string> SettingCombinations => new()
    {
        { TargetRuntime.Net8, "LifecycleHooksManagementPort=9091;LifecycleHooksHookToken=t0ken" },
        { TargetRuntime.Net10, "LifecycleHooksManagementPort=9091;LifecycleHooksHookToken=t0ken" },
        { TargetRuntime.Net8, "LifecycleHooksRunOnce=false;LifecycleHooksDrainDelaySeconds=0;LifecycleHooksPathBase=/ops/hooks" },
        { TargetRuntime.Net10, "LifecycleHooksRunOnce=false;LifecycleHooksDrainDelaySeconds=0;LifecycleHooksPathBase=/ops/hooks" },
    };

    [Theory]
    [MemberData(nameof(SettingCombinations))]
    public void Generated_code_has_no_warnings_with_settings(TargetRuntime runtime, string properties)
    {
        var msBuild = properties.Split(';').Select(p => p.Split('=')).ToDictionary(p => p[0], p => p[1]);
        var compilation = TestCompilation.Create(runtime, OutputKind.ConsoleApplication, App);
        var run = GeneratorRunner.Run(compilation, msBuild, runtime);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.All(msBuild.Values, value => Assert.Contains(value, run.Source("LifecycleHooks.Registry.g.cs"), StringComparison.OrdinalIgnoreCase));
        Assert.Empty(TestCompilation.WarningsAndErrors(run.OutputCompilation));
    }

    [Theory]
    [InlineData(TargetRuntime.Net8)]
    [InlineData(TargetRuntime.Net10)]
    public void An_app_without_hooks_still_gets_compiling_endpoints(TargetRuntime runtime)
    {
        var program = App[App.IndexOf("public static class Program", StringComparison.Ordinal)..];
        var compilation = TestCompilation.Create(runtime, OutputKind.ConsoleApplication, "using Microsoft.AspNetCore.Builder;\nnamespace Demo;\n" + program);
        var run = GeneratorRunner.Run(compilation, runtime: runtime);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Contains("PostStart = global::System.Array.Empty<LifecycleHookMethod>();", run.Source("LifecycleHooks.Registry.g.cs"), StringComparison.Ordinal);
        Assert.Contains("PreStop = global::System.Array.Empty<LifecycleHookMethod>();", run.Source("LifecycleHooks.Registry.g.cs"), StringComparison.Ordinal);
        Assert.Empty(TestCompilation.WarningsAndErrors(run.OutputCompilation));
    }

    [Fact]
    public void Nothing_but_the_attributes_is_generated_without_AspNetCore()
    {
        var compilation = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create(
            "NoWeb",
            [Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("class C { [HookAnalyzers.PostStart] public static void M() { } }", TestCompilation.ParseOptions())],
            TestCompilation.ReferencesFor(TargetRuntime.Net10).Where(r => !r.Display!.Contains("AspNetCore", StringComparison.Ordinal)),
            new(OutputKind.DynamicallyLinkedLibrary));
        var run = GeneratorRunner.Run(compilation);

        Assert.Equal(["LifecycleHooks.Attributes.g.cs", "Microsoft.CodeAnalysis.EmbeddedAttribute.cs"], run.GeneratorResult.GeneratedSources.Select(s => s.HintName).Order(StringComparer.Ordinal));
        Assert.Empty(TestCompilation.WarningsAndErrors(run.OutputCompilation));
    }
}
