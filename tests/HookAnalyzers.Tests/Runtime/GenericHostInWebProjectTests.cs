namespace HookAnalyzers.Tests.Runtime;

/// <summary>
/// An ASP.NET Core project whose app is a generic host: the manifest calls the hook port, but no
/// web server exists to answer. The host refuses to start and says why (event 1018), rather than
/// failing every hook at every start and stop.
/// </summary>
public sealed class GenericHostInWebProjectTests
{
    private const string Source = """
        using System.Threading;
        using HookAnalyzers;

        public static class Hooks
        {
            [PreStop]
            public static void Flush() { }
        }

        public static class GenericHostEntry
        {
            public static async System.Threading.Tasks.Task<string> StartAsync(System.Collections.Generic.Dictionary<string, string?> settings)
            {
                var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
                Microsoft.Extensions.Configuration.MemoryConfigurationBuilderExtensions.AddInMemoryCollection(builder.Configuration, settings);
                Microsoft.AspNetCore.Builder.LifecycleHooksExtensions.AddLifecycleHooks(builder);
                using var host = builder.Build();
                try
                {
                    await host.StartAsync();
                    await host.StopAsync();
                    return "started";
                }
                catch (System.InvalidOperationException exception)
                {
                    return exception.Message;
                }
            }
        }
        """;

    [Fact]
    public async Task Without_the_socket_transport_the_host_does_not_start_and_says_why()
    {
        var assembly = InMemoryHookApp.Compile(Source);

        var answer = await StartAsync(assembly);

        Assert.StartsWith("Lifecycle hooks: this ASP.NET Core project runs a generic host", answer, StringComparison.Ordinal);
        Assert.Contains("Transport=UnixSocket", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_the_socket_transport_the_host_starts_and_listens_on_the_socket()
    {
        var root = Directory.CreateTempSubdirectory("gh-").FullName;
        try
        {
            var assembly = InMemoryHookApp.Compile(Source, new Dictionary<string, string>
            {
                ["LifecycleHooksTransport"] = "UnixSocket",
                ["LifecycleHooksSocketPath"] = Path.Combine(root, "hooks.sock"),
            });

            Assert.Equal("started", await StartAsync(assembly));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static Task<string> StartAsync(System.Reflection.Assembly assembly)
        => ((Task<string>)assembly.GetType("GenericHostEntry", throwOnError: true)!.GetMethod("StartAsync")!
            .Invoke(null, [new Dictionary<string, string?>()])!).WaitAsync(TimeSpan.FromSeconds(30));
}
