using System.Net;
using System.Net.Http;
using System.Net.Sockets;

namespace HookAnalyzers.Tests.Infrastructure;

/// <summary>How a client reaches the Service.</summary>
public enum LoadShape
{
    /// <summary>HTTP/1.1 keep-alive: a pool of connections, each reused for request after request.</summary>
    KeepAlive,

    /// <summary>
    /// HTTP/1.1 keep-alive through a pool that never resends (see <see cref="Http1Connection"/>).
    /// <see cref="SocketsHttpHandler"/> quietly resends a request that met a connection closed before
    /// any answer; this shape counts that as the loss it is for a proxy forwarding a POST.
    /// </summary>
    KeepAliveNoRetry,

    /// <summary>HTTP/2 without TLS (h2c, prior knowledge): one connection carrying every request as a stream.</summary>
    Http2,

    /// <summary>HTTP/1.1 with <c>Connection: close</c>: a new connection (and a new endpoint pick) per request.</summary>
    ConnectionPerRequest,
}

/// <summary>
/// Ordinary traffic through a <see cref="ServiceEndpoints"/>: a few workers sending GETs through one
/// pooled <see cref="SocketsHttpHandler"/> (or, for <see cref="LoadShape.KeepAliveNoRetry"/>, one
/// connection each), with no retry of their own, counting every answer that is not 2xx and every
/// transport error. Bounded in count and time, so it always stops.
/// </summary>
public sealed class LoadClient : IAsyncDisposable
{
    private const int Workers = 3;
    private const int MaxRequests = 50_000;
    private static readonly TimeSpan MaxDuration = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(10);

    private readonly HttpClient _client;
    private readonly ServiceEndpoints _service;
    private readonly LoadShape _shape;
    private readonly string _path;
    private readonly CancellationTokenSource _stop = new(MaxDuration);
    private readonly List<string> _failures = [];
    private Task? _loop;
    private int _sent;
    private int _succeeded;
    private int _failed;

    public LoadClient(ServiceEndpoints service, LoadShape shape, string path)
    {
        _service = service;
        _shape = shape;
        _path = path;
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = (_, cancellationToken) => service.ConnectAsync(cancellationToken),
            MaxConnectionsPerServer = Workers,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            EnableMultipleHttp2Connections = false,
        };
        _client = new HttpClient(handler) { BaseAddress = new Uri("http://service.test"), Timeout = Timeout.InfiniteTimeSpan };
    }

    public int Sent => Volatile.Read(ref _sent);

    public int Succeeded => Volatile.Read(ref _succeeded);

    public int Failed => Volatile.Read(ref _failed);

    /// <summary>The first failures, for the assertion message.</summary>
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

    public void Start() => _loop = Task.WhenAll(Enumerable.Range(0, Workers).Select(_ => Task.Run(() => RunAsync(_stop.Token))));

    /// <summary>Stops sending and waits for the requests in flight.</summary>
    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        if (_loop is not null)
        {
            await _loop.WaitAsync(RequestTimeout + TimeSpan.FromSeconds(5));
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
        using var connection = new Http1Connection(_service);
        while (!stop.IsCancellationRequested)
        {
            if (Interlocked.Increment(ref _sent) > MaxRequests)
            {
                Interlocked.Decrement(ref _sent);
                return;
            }

            try
            {
                // Never cancelled by the stop: a request that has started is answered or counted as failed.
                using var timeout = new CancellationTokenSource(RequestTimeout);
                var status = _shape == LoadShape.KeepAliveNoRetry
                    ? await connection.GetAsync(_path, timeout.Token)
                    : await SendAsync(timeout.Token);
                if (status is >= 200 and < 300)
                {
                    Interlocked.Increment(ref _succeeded);
                }
                else
                {
                    Record($"HTTP {status}");
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException or IOException or SocketException)
            {
                Record(exception.GetType().Name + ": " + exception.Message + (exception.InnerException is { } inner ? " <- " + inner.Message : ""));
            }

            await Task.Delay(10, CancellationToken.None);
        }
    }

    private async Task<int> SendAsync(CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, _path);
        if (_shape == LoadShape.Http2)
        {
            request.Version = HttpVersion.Version20;
            request.VersionPolicy = HttpVersionPolicy.RequestVersionExact;
        }
        else if (_shape == LoadShape.ConnectionPerRequest)
        {
            request.Headers.ConnectionClose = true;
        }

        using var response = await _client.SendAsync(request, cancellationToken);
        await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return (int)response.StatusCode;
    }

    private void Record(string failure)
    {
        Interlocked.Increment(ref _failed);
        lock (_failures)
        {
            if (_failures.Count < 20)
            {
                _failures.Add(failure);
            }
        }
    }
}
