using HookAnalyzers;

namespace BadHooks;

public sealed record InstanceStarted(string Name);

/// <summary>Effects that a second delivery of postStart repeats (HOOK0009), and in-process counters with RunOnce = false (HOOK0010).</summary>
public sealed class StartupAnnouncer(IHttpClientFactory httpClientFactory, MassTransit.IPublishEndpoint bus)
{
    private static int s_starts;

    [PostStart(Order = 1, TimeoutSeconds = 10)]
    public async Task AnnounceAsync(CancellationToken cancellationToken)
    {
        await File.AppendAllTextAsync("/tmp/badhooks-starts.log", "started\n", cancellationToken); // expect: HOOK0009
        File.Move("/tmp/badhooks-checkpoint.tmp", "/tmp/badhooks-checkpoint"); // expect: HOOK0009

        using var http = httpClientFactory.CreateClient();
        using var content = new StringContent("orders-1");
        using var response = await http.PostAsync("http://registry/register", content, cancellationToken); // expect: HOOK0009

        await bus.Publish(new InstanceStarted("orders-1"), cancellationToken); // expect: HOOK0009
    }

    /// <summary>A restarted container runs postStart again, and the lock file from the first run is still there.</summary>
    [PostStart(Order = 5, TimeoutSeconds = 10)]
    public static async Task WriteOwnerFileAsync(CancellationToken cancellationToken)
    {
        await using var owner = new FileStream("/tmp/badhooks-owner.lock", FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, useAsync: true); // expect: HOOK0009
        await owner.WriteAsync(new byte[] { 1 }, cancellationToken);
    }

    [PostStart(Order = 2, TimeoutSeconds = 5)]
    public void CountStart()
    {
        s_starts++; // expect: HOOK0010
    }
}
