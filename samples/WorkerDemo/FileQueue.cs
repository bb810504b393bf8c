namespace WorkerDemo;

/// <summary>
/// A local queue backed by a directory: producers drop files in inbox/, the consumer takes the
/// oldest. Taking and closing share one lock, so once <see cref="Close"/> has returned nothing more
/// is taken: that is what lets preStop promise "no new work after this point".
/// </summary>
public sealed class FileQueue(DemoPaths paths)
{
    private readonly Lock _gate = new();
    private bool _closed;

    public void EnsureCreated() => Directory.CreateDirectory(paths.Inbox);

    /// <summary>The oldest message, removed from the inbox; null when the inbox is empty or the queue is closed.</summary>
    public QueueMessage? TryTake()
    {
        lock (_gate)
        {
            if (_closed)
            {
                return null;
            }

            var next = Directory.EnumerateFiles(paths.Inbox, "*.msg").Order(StringComparer.Ordinal).FirstOrDefault();
            if (next is null)
            {
                return null;
            }

            var message = new QueueMessage(Path.GetFileNameWithoutExtension(next), File.ReadAllText(next));
            File.Delete(next);
            File.AppendAllText(paths.Journal, $"take {message.Id}\n");
            return message;
        }
    }

    /// <summary>Stops all taking; idempotent.</summary>
    public void Close()
    {
        lock (_gate)
        {
            if (!_closed)
            {
                _closed = true;
                File.AppendAllText(paths.Journal, "closed\n");
            }
        }
    }
}

public sealed record QueueMessage(string Id, string Body);
