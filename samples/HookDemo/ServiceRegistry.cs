using HookAnalyzers;

namespace HookDemo;

public interface IServiceRegistry
{
    Task DeregisterAsync(string instance, CancellationToken cancellationToken);
}

/// <summary>Stands in for Consul or Eureka: the registration is a file that preStop removes.</summary>
public sealed class FileServiceRegistry(DemoOptions options) : IServiceRegistry
{
    public Task DeregisterAsync(string instance, CancellationToken cancellationToken)
    {
        // Idempotent: deleting a missing file is a no-op.
        File.Delete(Path.Combine(options.DataDirectory, $"registered-{instance}.txt"));
        return File.WriteAllTextAsync(Path.Combine(options.DataDirectory, "deregistered.txt"), instance + "\n", cancellationToken);
    }
}

/// <summary>
/// An instance hook whose class is not registered in DI: the generated code creates it with its
/// constructor's services.
/// </summary>
public sealed class RegistryHooks(IServiceRegistry registry)
{
    [PreStop(Order = 0, TimeoutSeconds = 4)]
    public Task DeregisterAsync(CancellationToken cancellationToken)
        => registry.DeregisterAsync(Environment.MachineName, cancellationToken);
}
