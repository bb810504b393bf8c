using HookAnalyzers;

namespace HookDemo;

/// <summary>A static hook with service parameters: runs first, before the cache is warmed.</summary>
public static class StartupChecks
{
    [PostStart(Order = 0, TimeoutSeconds = 5)]
    public static async Task EnsureDataDirectoryAsync(DemoOptions options, ILogger<DemoOptions> logger, CancellationToken cancellationToken)
    {
        // Idempotent: creating an existing directory is a no-op; a second delivery changes nothing.
        Directory.CreateDirectory(options.DataDirectory);
        await File.WriteAllTextAsync(Path.Combine(options.DataDirectory, "started.txt"), "started\n", cancellationToken);
        logger.LogInformation("Data directory {Directory} is ready", options.DataDirectory);
    }
}
