using System.Collections.Concurrent;
using HookAnalyzers;

namespace HookDemo;

public interface IOutbox
{
    void Enqueue(string message);

    Task FlushAsync(CancellationToken cancellationToken);
}

/// <summary>Messages accepted by the app that must reach disk before the container stops.</summary>
public sealed class FileOutbox(DemoOptions options) : IOutbox
{
    private readonly ConcurrentQueue<string> _pending = new();
    private readonly ConcurrentBag<string> _flushed = new();

    public void Enqueue(string message) => _pending.Enqueue(message);

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        while (_pending.TryDequeue(out var message))
        {
            _flushed.Add(message);
        }

        // Write the whole set to a temporary file, then replace: a second delivery rewrites the same content.
        var target = Path.Combine(options.DataDirectory, "outbox.txt");
        var temporary = target + ".tmp";
        var lines = _flushed.Order(StringComparer.Ordinal).ToArray();
        await File.WriteAllLinesAsync(temporary, lines, cancellationToken);
        File.Move(temporary, target, overwrite: true);
    }
}

/// <summary>A static preStop hook with a service parameter and a token: flush after deregistering.</summary>
public static class OutboxHooks
{
    [PreStop(Order = 10, TimeoutSeconds = 8)]
    public static Task FlushOutboxAsync(IOutbox outbox, CancellationToken cancellationToken) => outbox.FlushAsync(cancellationToken);
}
