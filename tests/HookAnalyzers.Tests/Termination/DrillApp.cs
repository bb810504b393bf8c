using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using HookAnalyzers.Tests.Infrastructure.Processes;
using Microsoft.CodeAnalysis;

namespace HookAnalyzers.Tests.Termination;

/// <summary>
/// A small hook app for the drills the sample cannot play (a hook that hangs, a slow write, a
/// management port with a token). It is compiled in memory with the generator, like the runtime
/// tests' apps, but written to disk as an executable and run as a real process, so SIGTERM and
/// SIGKILL reach it; no extra <c>dotnet build</c>. DRILL_PRESTOP selects what its preStop does.
/// </summary>
public sealed class DrillApp
{
    public const string Token = "drill-token-7f3a";

    /// <summary>The lines of a complete report; anything else on disk is a partial write.</summary>
    public const int ReportLines = 400;

    private static readonly string Source = """
        using System;
        using System.IO;
        using System.Threading;
        using System.Threading.Tasks;
        using HookAnalyzers;
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Http;

        [assembly: LifecycleHooks(DrainDelaySeconds = 1, ShutdownTimeoutSeconds = 4)]

        """ + TestPrograms.WebMain("""app.MapGet("/work", () => "done");""") + """

        public static class DrillHooks
        {
            private static string Mode => Environment.GetEnvironmentVariable("DRILL_PRESTOP") ?? "";

            private static string Data => Environment.GetEnvironmentVariable("HOOKDEMO_DATA") ?? ".";

            /// <summary>Hangs and never looks at its token: the runner must abandon it at its timeout.</summary>
            [PreStop(Order = 0, TimeoutSeconds = 2)]
            public static void HangIgnoringToken()
            {
                if (Mode == "hang")
                {
                    Console.WriteLine("drill: hanging");
                    Thread.Sleep(Timeout.Infinite);
                }
            }

            /// <summary>A report written slowly to a temporary file, flushed to disk, then renamed over the old one.</summary>
            [PreStop(Order = 1, TimeoutSeconds = 15)]
            public static async Task WriteReportAsync(CancellationToken cancellationToken)
            {
                if (Mode != "slow-write")
                {
                    return;
                }

                var target = Path.Combine(Data, "report.txt");
                var temporary = target + ".tmp";
                await using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.Read))
                await using (var writer = new StreamWriter(stream))
                {
                    for (var line = 1; line <= __LINES__; line++)
                    {
                        await writer.WriteLineAsync($"report line {line} of __LINES__");
                        if (line % 20 == 0)
                        {
                            await writer.FlushAsync(cancellationToken);
                            Console.WriteLine($"drill: wrote {line} lines");
                            await Task.Delay(100, cancellationToken);
                        }
                    }

                    await writer.WriteLineAsync("end of report");
                    await writer.FlushAsync(cancellationToken);
                    stream.Flush(flushToDisk: true);
                }

                File.Move(temporary, target, overwrite: true);
                Console.WriteLine("drill: report renamed");
            }
        }
        """;

    private DrillApp(string dllPath, int managementPort, int terminationGraceSeconds, int shutdownTimeoutSeconds)
    {
        DllPath = dllPath;
        ManagementPort = managementPort;
        TerminationGraceSeconds = terminationGraceSeconds;
        ShutdownTimeoutSeconds = shutdownTimeoutSeconds;
    }

    public string DllPath { get; }

    /// <summary>The port the hooks and ready answer on (a compile-time setting, so chosen before compiling).</summary>
    public int ManagementPort { get; }

    /// <summary>terminationGracePeriodSeconds as the generator computed it for the manifest.</summary>
    public int TerminationGraceSeconds { get; }

    public int ShutdownTimeoutSeconds { get; }

    public static IReadOnlyDictionary<string, string> TokenHeader { get; } = new Dictionary<string, string> { ["X-Lifecycle-Token"] = Token };

    /// <summary>True when <paramref name="text"/> is a complete report.</summary>
    public static bool IsCompleteReport(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return lines.Length == ReportLines + 1 && lines[^1] == "end of report" && lines[^2] == $"report line {ReportLines} of {ReportLines}";
    }

    /// <summary>Compiles the app with the generator into <paramref name="directory"/>: DrillApp.dll and its runtimeconfig.</summary>
    public static DrillApp Compile(string directory)
    {
        var managementPort = FreePort.Next();
        var properties = new Dictionary<string, string>
        {
            ["LifecycleHooksManagementPort"] = managementPort.ToString(CultureInfo.InvariantCulture),
            ["LifecycleHooksHookToken"] = Token,
        };
        var compilation = TestCompilation.Create(TargetRuntime.Net10, OutputKind.ConsoleApplication, Source.Replace("__LINES__", ReportLines.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal))
            .WithAssemblyName("DrillApp");
        var run = GeneratorRunner.Run(compilation, properties);
        var problems = run.GeneratorDiagnostics.Concat(TestCompilation.WarningsAndErrors(run.OutputCompilation)).ToList();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("The drill app does not compile cleanly:\n" + string.Join("\n", problems));
        }

        var dll = Path.Combine(directory, "DrillApp.dll");
        var emit = run.OutputCompilation.Emit(dll);
        if (!emit.Success)
        {
            throw new InvalidOperationException("Emit failed:\n" + string.Join("\n", emit.Diagnostics));
        }

        // Framework-dependent on the shared ASP.NET Core framework the tests run on: no deps.json needed.
        var runtimeConfig = new { runtimeOptions = new { tfm = "net10.0", framework = new { name = "Microsoft.AspNetCore.App", version = $"{Environment.Version.Major}.{Environment.Version.Minor}.0" } } };
        File.WriteAllText(Path.Combine(directory, "DrillApp.runtimeconfig.json"), JsonSerializer.Serialize(runtimeConfig));

        var registry = run.Source("LifecycleHooks.Registry.g.cs");
        return new DrillApp(dll, managementPort, Setting(registry, "TerminationGracePeriodSeconds"), Setting(registry, "ShutdownTimeoutSeconds"));
    }

    private static int Setting(string registry, string name)
        => int.Parse(Regex.Match(registry, $@"int {name} = (\d+);").Groups[1].Value, CultureInfo.InvariantCulture);
}
