namespace WorkerDemo;

/// <summary>
/// Processed messages wait in memory and are appended to results.log in batches, as a real
/// consumer batches writes to a database or a blob. Whatever is still buffered when the process
/// ends is lost: the [PreStop] flush is what prevents that at a rollout.
/// </summary>
public sealed class ResultWriter(DemoPaths paths)
{
    public const int BatchSize = 20;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly List<string> _buffer = [];
    private int _written;

    public int Written => Volatile.Read(ref _written);

    public async Task AddAsync(QueueMessage message, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            _buffer.Add($"{message.Id} {message.Body.Length}");
            if (_buffer.Count >= BatchSize)
            {
                await WriteBufferAsync(cancellationToken);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Writes what is buffered; a second call finds the buffer empty and writes nothing.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await WriteBufferAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task WriteBufferAsync(CancellationToken cancellationToken)
    {
        if (_buffer.Count == 0)
        {
            return;
        }

        await File.AppendAllLinesAsync(paths.Results, _buffer, cancellationToken);
        Interlocked.Add(ref _written, _buffer.Count);
        _buffer.Clear();
    }
}
