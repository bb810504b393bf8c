using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text;
using HookAnalyzers.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HookAnalyzers.Tests.Generators;

/// <summary>
/// Mutated hook sources, setting values (attribute arguments and MSBuild properties) and Dockerfiles
/// must never make the generator or an analyzer throw: a throwing generator silently drops every
/// hook and manifest, a throwing analyzer shows up as AD0001. Fixed seeds and a bounded count keep
/// the test deterministic and short; a failure message carries the case to reproduce it.
/// </summary>
public sealed class FuzzTests
{
    private const int Cases = 40;

    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = typeof(HookAnalyzers.Analyzers.DiagnosticIds).Assembly
        .GetTypes()
        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    private static readonly string[] StringSettings =
        [SettingNames.PathBase, SettingNames.Scheme, SettingNames.HookCommand, SettingNames.ContainerName, SettingNames.WorkloadKind,
         SettingNames.WorkloadName, SettingNames.KubernetesVersion, SettingNames.StopSignal, SettingNames.HookToken];

    private static readonly string[] IntSettings =
        [SettingNames.Port, SettingNames.ManagementPort, SettingNames.DrainDelaySeconds, SettingNames.ShutdownTimeoutSeconds,
         SettingNames.DefaultTimeoutSeconds, SettingNames.TerminationGracePeriodSeconds];

    /// <summary>Values that have broken parsers before, or look like they could: non-ASCII digits, signs, extremes, separators.</summary>
    private static readonly string[] Values =
        ["", " ", "0", "-1", "1", "65536", "2147483648", "-2147483649", "99999999999999999999", "1.34", "v1.30", "1.33.2", "1.", ".1",
         "١.٣٤", "１.３４", "۱.۳۰", "१.३४", "1.٣٤", "1e3", "0x10", "+5", "٣", "５", "true", "False", "TRUE", "yes", "HTTP", "https",
         "Exec", "httpget", "Sleep", "SIGTERM", "SIGRTMIN+3", "sigterm", "/lifecycle", "/", "//", "/a b", "/ä", "dotnet /app/App.dll",
         "  dotnet   x  ", "\t", "\n", "my-app", "-app", "a..b", new string('a', 300), "Deployment", "statefulset", "\"", "\\", "{0}",
         "\u0000", "\uD800", "é", "𝟙.𝟛𝟜"];

    private const string HookSource = """
        using System;
        using System.IO;
        using System.Threading;
        using System.Threading.Tasks;
        using HookAnalyzers;

        namespace Shop;

        public sealed class Hooks
        {
            private static int _count;

            [PostStart(Order = 1, TimeoutSeconds = 5)]
            public static async Task WarmAsync(CancellationToken cancellationToken)
            {
                await Task.Delay(TimeSpan.FromSeconds(30), cancellationToken);
                while (true) { Thread.Sleep(100); }
            }

            [PreStop(TimeoutSeconds = 20)]
            public void Flush(CancellationToken cancellationToken)
            {
                _count++;
                File.Move("a", "b");
                Task.Run(() => { });
                new CancellationTokenSource(TimeSpan.FromMinutes(2));
            }

            [PreStop]
            public async void Bad() { await Task.Yield(); }
        }
        """;

    private const string Dockerfile = """
        # syntax=docker/dockerfile:1
        # escape=\
        FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS base
        WORKDIR /app
        ENTRYPOINT ["dotnet", "App.dll"]

        FROM base AS final
        COPY . /app
        CMD dotnet App.dll \
            --urls "http://+:8080"
        """;

    private static readonly string[] SourceInsertions =
        ["[PostStart]", "[PreStop(TimeoutSeconds = -1)]", "[PostStart(TimeoutSeconds = int.MaxValue)]", "async ", "static ", "{", "}", "(", ")",
         ";", "\"", "'", "\\u0661", "Thread.Sleep(int.MaxValue);", "Task.Delay(TimeSpan.FromDays(1e9));", "TimeSpan.Parse(\"1.02:03:04\")",
         "while (true) { }", "for (;;) { break; }", "goto x; x:", "public ", "void ", "<T>", "ref ", "params int[] p", "partial ", "#if X\n", "#endif\n",
         "/*", "*/", "\n", "١٢", "checked(int.MaxValue + 1)"];

    private static readonly string[] DockerInsertions =
        ["\\", "`", "\n", "# escape=`\n", "# escape=\n", "#", "[", "]", "\"", "\\u12", "\\u0041", "FROM ", "FROM final\n", "AS ", "ENTRYPOINT ",
         "CMD ", "exec ", "\t", "\r", "\r\n", "ENTRYPOINT [\"a\\", "ENTRYPOINT [\n", "\u00a0", "=", "--platform=x "];

    public static TheoryData<int> Seeds() => new() { 1, 2, 3 };

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Mutated_sources_settings_and_Dockerfiles_never_throw(int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < Cases; i++)
        {
            var attribute = RandomAttribute(random);
            var msBuild = RandomMsBuild(random);
            var source = Mutate(random, HookSource, SourceInsertions, random.Next(0, 4));
            var dockerfile = Mutate(random, Dockerfile, DockerInsertions, random.Next(0, 6));
            var description = $"seed {seed}, case {i}:\n{attribute}\nMSBuild: {string.Join("; ", msBuild.Select(p => $"{p.Key}={Escape(p.Value)}"))}\nDockerfile:\n{Escape(dockerfile)}\nSource:\n{source}";

            var run = GeneratorRunner.Run(TestCompilation.Create(attribute + "\n" + source), msBuild);
            var generatorException = run.GeneratorResult.Exception;
            Assert.True(generatorException is null, $"Generator threw {generatorException}\n{description}");

            var exceptions = new ConcurrentBag<Exception>();
            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(TestAdditionalFiles.From([("Dockerfile", dockerfile)]), new TestAnalyzerConfigOptionsProvider(msBuild)),
                onAnalyzerException: (exception, _, _) => exceptions.Add(exception),
                concurrentAnalysis: true,
                logAnalyzerExecutionTime: false);
            var diagnostics = await run.OutputCompilation.WithAnalyzers(Analyzers, options).GetAnalyzerDiagnosticsAsync();
            var crashes = diagnostics.Where(d => d.Id is "AD0001" or "AD0002").Select(d => d.GetMessage()).Concat(exceptions.Select(e => e.ToString())).ToList();
            Assert.True(crashes.Count == 0, $"Analyzer threw:\n{string.Join("\n", crashes)}\n{description}");
        }
    }

    [Theory]
    [InlineData("١.٣٤")]
    [InlineData("１.３４")]
    public async Task Non_ASCII_version_digits_are_an_invalid_setting_not_a_crash(string version)
    {
        foreach (var (attribute, msBuild) in new[]
        {
            ($"[assembly: HookAnalyzers.LifecycleHooks(KubernetesVersion = \"{version}\")]", new Dictionary<string, string>()),
            ("[assembly: HookAnalyzers.LifecycleHooks]", new Dictionary<string, string> { ["LifecycleHooksKubernetesVersion"] = version }),
        })
        {
            var run = GeneratorRunner.Run(TestCompilation.Create(attribute, HookSource), msBuild);
            Assert.Null(run.GeneratorResult.Exception);
            Assert.True(run.HasSource(HookAnalyzers.Generators.LifecycleHooksGenerator.RegistryHintName));

            var diagnostics = await run.OutputCompilation
                .WithAnalyzers(Analyzers, new AnalyzerOptions([], new TestAnalyzerConfigOptionsProvider(msBuild)))
                .GetAnalyzerDiagnosticsAsync();
            Assert.DoesNotContain(diagnostics, d => d.Id is "AD0001" or "AD0002");
            Assert.Contains(diagnostics, d => d.Id == HookAnalyzers.Analyzers.DiagnosticIds.InvalidSetting && d.GetMessage().Contains(version, StringComparison.Ordinal));
        }
    }

    private static string RandomAttribute(Random random)
    {
        if (random.Next(4) == 0)
        {
            return "";
        }

        var arguments = new List<string>();
        foreach (var name in StringSettings.Where(_ => random.Next(3) == 0))
        {
            arguments.Add($"{name} = {Literal(Pick(random, Values))}");
        }

        foreach (var name in IntSettings.Where(_ => random.Next(3) == 0))
        {
            arguments.Add($"{name} = {random.Next(-3, 5) switch { -3 => "int.MinValue", -2 => "int.MaxValue", var n => (n * random.Next(0, 100000)).ToString(System.Globalization.CultureInfo.InvariantCulture) }}");
        }

        if (random.Next(3) == 0)
        {
            arguments.Add($"ReadinessProbe = {(random.Next(2) == 0 ? "true" : "false")}");
        }

        return $"[assembly: HookAnalyzers.LifecycleHooks({string.Join(", ", arguments)})]";
    }

    private static Dictionary<string, string> RandomMsBuild(Random random)
    {
        var properties = new Dictionary<string, string>();
        foreach (var name in SettingNames.All.Where(_ => random.Next(4) == 0))
        {
            properties[SettingNames.MsBuildProperty(name)] = Pick(random, Values);
        }

        foreach (var name in new[] { "ContainerWorkingDirectory", "SelfContained", "PublishSelfContained" }.Where(_ => random.Next(4) == 0))
        {
            properties[name] = Pick(random, Values);
        }

        return properties;
    }

    /// <summary>Inserts, deletes or duplicates a few random stretches of the text.</summary>
    private static string Mutate(Random random, string text, string[] insertions, int count)
    {
        var builder = new StringBuilder(text);
        for (var i = 0; i < count; i++)
        {
            var at = random.Next(builder.Length + 1);
            var length = Math.Min(random.Next(1, 12), builder.Length - at);
            switch (random.Next(3))
            {
                case 0:
                    builder.Insert(at, Pick(random, insertions));
                    break;
                case 1:
                    builder.Remove(at, length);
                    break;
                default:
                    builder.Insert(at, builder.ToString(at, length));
                    break;
            }
        }

        return builder.ToString();
    }

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];

    private static string Literal(string value)
        => "\"" + string.Concat(value.Select(c => c switch
        {
            '"' => "\\\"",
            '\\' => "\\\\",
            < ' ' or (>= '\uD800' and <= '\uDFFF') => $"\\u{(int)c:X4}",
            _ => c.ToString(),
        })) + "\"";

    private static string Escape(string value) => value.Replace("\r", "\\r").Replace("\0", "\\0");
}
