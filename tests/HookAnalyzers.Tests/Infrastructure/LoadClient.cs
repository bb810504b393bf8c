using System.Net.Http;

namespace HookAnalyzers.Tests.Infrastructure;

/// <summary>
/// Ordinary traffic while a test drives the hooks: sequential GETs on 127.0.0.1 until stopped,
/// counting answers that are not 2xx and transport errors. Bounded by the caller's token and a
/// per-request timeout, so it always stops.
/// </summary>
public sealed class LoadClient(Uri target) : IAsyncDisposable
{
    private readonly HttpClient _client = new() { Timeout = TimeSpan.FromSeconds(5) };
    private readonly CancellationTokenSource _stop = new();
    private readonly List<string> _failures = [];
    private Task? _loop;
    private int _succeeded;

    public int Succeeded => Volatile.Read(ref _succeeded);

    public IReadOnlyList<string> Failures
    {
        get
        {
            lock (_failures)
            {
                return _failures.ToList();
            }
        }
    }

    public void Start() => _loop = Task.Run(() => RunAsync(_stop.Token));

    /// <summary>Stops sending (the endpoint was removed from the Service) and waits for the last request.</summary>
    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        if (_loop is not null)
        {
            await _loop.WaitAsync(TimeSpan.FromSeconds(10));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _client.Dispose();
        _stop.Dispose();
    }

    private async Task RunAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                using var response = await _client.GetAsync(target, CancellationToken.None);
                if (response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref _succeeded);
                }
                else
                {
                    Record($"HTTP {(int)response.StatusCode}");
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                Record(exception.GetType().Name + ": " + exception.Message);
            }

            await Task.Delay(10, CancellationToken.None);
        }
    }

    private void Record(string failure)
    {
        lock (_failures)
        {
            _failures.Add(failure);
        }
    }
}
