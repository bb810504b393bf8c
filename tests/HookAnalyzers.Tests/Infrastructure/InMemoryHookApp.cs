using System.Reflection;
using HookAnalyzers.Generators;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection;

namespace HookAnalyzers.Tests.Infrastructure;

/// <summary>
/// A web app made of test source plus the generated code, compiled and loaded in memory and run
/// on a real Kestrel bound to 127.0.0.1. Each app is its own assembly, so the static state of its
/// hook classes (counters, TaskCompletionSources) belongs to one test only.
/// </summary>
public sealed class InMemoryHookApp : IAsyncDisposable
{
    /// <summary>The entry point the test calls through reflection; the hook source may implement the partial methods.</summary>
    public const string EntrySource = """
        using Microsoft.AspNetCore.Builder;
        using Microsoft.AspNetCore.Hosting;
        using Microsoft.AspNetCore.Http;
        using Microsoft.Extensions.DependencyInjection;
        using Microsoft.Extensions.Logging;

        /// <summary>Keeps the runtime's log events (category HookAnalyzers.LifecycleHooks) as "id message [exception type]".</summary>
        public sealed class RecordingLoggerProvider : ILoggerProvider
        {
            public static readonly System.Collections.Concurrent.ConcurrentQueue<string> Events = new();

            public ILogger CreateLogger(string categoryName) => new RecordingLogger(categoryName);

            public void Dispose() { }

            private sealed class RecordingLogger(string category) : ILogger
            {
                public System.IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

                public bool IsEnabled(LogLevel logLevel) => category == "HookAnalyzers.LifecycleHooks";

                public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, System.Exception? exception, System.Func<TState, System.Exception?, string> formatter)
                {
                    if (IsEnabled(logLevel))
                    {
                        Events.Enqueue(eventId.Id + " " + formatter(state, exception) + (exception is null ? "" : " [" + exception.GetType().Name + "]"));
                    }
                }
            }
        }

        public static partial class TestAppEntry
        {
            /// <summary>Requests that reached the pipeline under /lifecycle: lets a test know its concurrent calls have all arrived.</summary>
            public static int LifecycleRequests;

            public static WebApplication Build(string urls)
            {
                var builder = WebApplication.CreateSlimBuilder();
                builder.Logging.ClearProviders();
                builder.Logging.AddProvider(new RecordingLoggerProvider());
                builder.WebHost.UseUrls(urls); // before AddLifecycleHooks: the management port copies this host
                builder.AddLifecycleHooks();
                ConfigureServices(builder.Services);
                var app = builder.Build();
                app.Use(next => context =>
                {
                    if (context.Request.Path.StartsWithSegments("/lifecycle"))
                    {
                        System.Threading.Interlocked.Increment(ref LifecycleRequests);
                    }

                    return next(context);
                });
                app.MapLifecycleHooks();
                app.MapGet("/work", (RequestDelegate)(context => context.Response.WriteAsync("done")));
                return app;
            }

            static partial void ConfigureServices(IServiceCollection services);
        }
        """;

    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(10);

    private readonly WebApplication _app;
    private readonly List<HttpClient> _clients = [];
    private bool _stopped;

    private InMemoryHookApp(Assembly assembly, WebApplication app, IReadOnlyList<Uri> addresses)
    {
        Assembly = assembly;
        _app = app;
        Addresses = addresses;
    }

    public Assembly Assembly { get; }

    /// <summary>The bound TCP addresses, e.g. http://127.0.0.1:41234 (and the management port when set); a Unix socket is not listed.</summary>
    public IReadOnlyList<Uri> Addresses { get; }

    /// <summary>The first bound address that is not <paramref name="exceptPort"/>.</summary>
    public Uri MainAddress(int exceptPort = 0) => Addresses.First(a => a.Port != exceptPort);

    /// <summary>Compiles, loads and starts the app; MSBuild properties are passed to the generator as the build would.</summary>
    public static async Task<InMemoryHookApp> StartAsync(string hookSource, IReadOnlyDictionary<string, string>? msBuildProperties = null)
    {
        var assembly = Compile(hookSource, msBuildProperties);
        var build = assembly.GetType("TestAppEntry", throwOnError: true)!.GetMethod("Build")!;
        var app = (WebApplication)build.Invoke(null, ["http://127.0.0.1:0"])!;
        using var startTimeout = new CancellationTokenSource(StopTimeout);
        await app.StartAsync(startTimeout.Token);
        var addresses = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>()
            .Addresses.Where(a => !a.Contains("://unix:", StringComparison.Ordinal)).Select(a => new Uri(a)).ToList();
        return new InMemoryHookApp(assembly, app, addresses);
    }

    /// <summary>The generated code and the test source as one assembly, with no warnings (as TreatWarningsAsErrors would demand).</summary>
    public static Assembly Compile(string hookSource, IReadOnlyDictionary<string, string>? msBuildProperties = null)
    {
        var compilation = TestCompilation.Create(EntrySource, hookSource)
            .WithAssemblyName("HookApp" + Guid.NewGuid().ToString("N"));
        var run = GeneratorRunner.Run(compilation, msBuildProperties);
        var problems = run.GeneratorDiagnostics.Concat(TestCompilation.WarningsAndErrors(run.OutputCompilation)).ToList();
        if (problems.Count > 0 || !run.HasSource(LifecycleHooksGenerator.RegistryHintName))
        {
            throw new InvalidOperationException("The test app does not compile cleanly:\n" + string.Join("\n", problems));
        }

        using var image = new MemoryStream();
        var emit = run.OutputCompilation.Emit(image);
        if (!emit.Success)
        {
            throw new InvalidOperationException("Emit failed:\n" + string.Join("\n", emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        }

        // Assembly.Load(byte[]) gives every app its own load context; framework assemblies are shared with the test.
        return Assembly.Load(image.ToArray());
    }

    /// <summary>A client of one of the app's addresses; disposed with the app.</summary>
    public HttpClient Client(Uri? address = null, string? userAgent = null)
    {
        var client = new HttpClient { BaseAddress = address ?? MainAddress(), Timeout = TimeSpan.FromSeconds(30) };
        if (userAgent is not null)
        {
            client.DefaultRequestHeaders.UserAgent.ParseAdd(userAgent);
        }

        _clients.Add(client);
        return client;
    }

    /// <summary>A public static field or property of a type in the test source (the hooks' shared state).</summary>
    public T Static<T>(string typeName, string memberName)
    {
        var type = Assembly.GetType(typeName, throwOnError: true)!;
        const BindingFlags flags = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static;
        object? value = type.GetField(memberName, flags) is { } field
            ? field.GetValue(null)
            : type.GetProperty(memberName, flags)?.GetValue(null) ?? throw new MissingMemberException(typeName, memberName);
        return (T)value!;
    }

    /// <summary>Stops the host as SIGTERM would (ApplicationStopping, then the server), bounded in time.</summary>
    public async Task StopAsync()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        using var stopTimeout = new CancellationTokenSource(StopTimeout);
        await _app.StopAsync(stopTimeout.Token);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients)
        {
            client.Dispose();
        }

        try
        {
            await StopAsync();
        }
        finally
        {
            await _app.DisposeAsync();
        }
    }
}
