using Microsoft.CodeAnalysis;

namespace HookAnalyzers.Tests.Generators;

/// <summary>Generated code compiles with no warnings (TreatWarningsAsErrors) and nullable on, for net8.0 and net10.0.</summary>
public sealed class GeneratedCodeCompilesTests
{
    private static readonly string App = """
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

        """ + TestPrograms.WebMain();

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
        var compilation = TestCompilation.Create(runtime, OutputKind.ConsoleApplication, "using Microsoft.AspNetCore.Builder;\nnamespace Demo;\n" + TestPrograms.WebMain());
        var run = GeneratorRunner.Run(compilation, runtime: runtime);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Contains("PostStart = global::System.Array.Empty<LifecycleHookMethod>();", run.Source("LifecycleHooks.Registry.g.cs"), StringComparison.Ordinal);
        Assert.Contains("PreStop = global::System.Array.Empty<LifecycleHookMethod>();", run.Source("LifecycleHooks.Registry.g.cs"), StringComparison.Ordinal);
        Assert.Empty(TestCompilation.WarningsAndErrors(run.OutputCompilation));
    }

    private const string Worker = """
        using System.Threading;
        using System.Threading.Tasks;
        using HookAnalyzers;
        using HookAnalyzers.Generated;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Extensions.Hosting;

        namespace Demo;

        internal sealed class Consumer(ILifecycleHookStatus status) : BackgroundService
        {
            protected override Task ExecuteAsync(CancellationToken stoppingToken)
                => Task.Delay(Timeout.Infinite, CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, status.Draining).Token);

            [PreStop(TimeoutSeconds = 5)]
            public static Task FlushAsync(CancellationToken ct) => Task.CompletedTask;
        }

        public static class Program
        {
            public static void Main(string[] args)
            {
                var builder = Host.CreateApplicationBuilder(args);
                builder.Services.AddHostedService<Consumer>();
                builder.AddLifecycleHooks();
                builder.Build().Run();
            }
        }
        """;

    [Fact]
    public void A_worker_gets_the_runtime_without_AspNetCore_and_a_socket_path()
    {
        var compilation = TestCompilation.Create(TargetRuntime.Net10Worker, OutputKind.ConsoleApplication, Worker);
        var run = GeneratorRunner.Run(compilation);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.False(run.HasSource("LifecycleHooks.Endpoints.g.cs"));
        Assert.False(run.HasSource("LifecycleHooks.WebHosting.g.cs"));
        Assert.True(run.HasSource("LifecycleHooks.UnixSocket.g.cs"));
        Assert.True(run.HasSource("LifecycleHooks.WorkerHosting.g.cs"));
        Assert.Contains("SocketPath = \"/tmp/lifecycle-hooks/hooks.sock\";", run.Source("LifecycleHooks.Registry.g.cs"), StringComparison.Ordinal);
        Assert.Empty(TestCompilation.WarningsAndErrors(run.OutputCompilation));
    }

    [Theory]
    [InlineData(TargetRuntime.Net8)]
    [InlineData(TargetRuntime.Net10)]
    public void A_web_app_on_the_unix_socket_transport_compiles_and_names_its_socket(TargetRuntime runtime)
    {
        var compilation = TestCompilation.Create(runtime, OutputKind.ConsoleApplication, App);
        var run = GeneratorRunner.Run(compilation, new Dictionary<string, string> { ["LifecycleHooksTransport"] = "UnixSocket", ["LifecycleHooksSocketPath"] = "/run/app/hooks.sock" }, runtime);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Contains("SocketPath = \"/run/app/hooks.sock\";", run.Source("LifecycleHooks.Registry.g.cs"), StringComparison.Ordinal);
        Assert.Empty(TestCompilation.WarningsAndErrors(run.OutputCompilation));
    }

    [Fact]
    public void A_web_app_on_tcp_has_no_socket_path()
    {
        var run = GeneratorRunner.Run(TestCompilation.Create(TargetRuntime.Net10, OutputKind.ConsoleApplication, App));

        Assert.Contains("SocketPath = null;", run.Source("LifecycleHooks.Registry.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_but_the_attributes_is_generated_without_a_host()
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
