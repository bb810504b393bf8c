using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace HookAnalyzers.Tests.Infrastructure;

/// <summary>
/// One kept-alive HTTP/1.1 connection of an upstream pool that never resends a request, as a proxy
/// forwarding a POST does: a request that meets a closed connection is lost. Like real pools it
/// checks a connection before reusing it and leaves when an answer says <c>Connection: close</c>.
/// </summary>
public sealed class Http1Connection(ServiceEndpoints service) : IDisposable
{
    private Stream? _stream;
    private Socket? _socket;

    /// <summary>Sends a GET and reads the whole answer; any transport failure is thrown, never retried.</summary>
    public async Task<int> GetAsync(string path, CancellationToken cancellationToken)
    {
        if (_stream is null || !IsOpen())
        {
            Dispose();
            _stream = await service.ConnectAsync(cancellationToken);
            _socket = ((NetworkStream)_stream).Socket;
        }

        try
        {
            var request = Encoding.ASCII.GetBytes($"GET {path} HTTP/1.1\r\nHost: service.test\r\n\r\n");
            await _stream.WriteAsync(request, cancellationToken);
            var (status, close) = await ReadAnswerAsync(_stream, cancellationToken);
            if (close)
            {
                Dispose();
            }

            return status;
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        _stream?.Dispose();
        _stream = null;
        _socket = null;
    }

    /// <summary>Readable with nothing to read means the server closed it: what a pool checks before reuse.</summary>
    private bool IsOpen() => _socket is { } socket && !(socket.Poll(0, SelectMode.SelectRead) && socket.Available == 0);

    private static async Task<(int Status, bool Close)> ReadAnswerAsync(Stream stream, CancellationToken cancellationToken)
    {
        var received = new MemoryStream();
        var buffer = new byte[8192];
        while (true)
        {
            var read = await stream.ReadAsync(buffer, cancellationToken);
            if (read == 0)
            {
                throw new IOException($"connection closed after {received.Length} bytes of the answer");
            }

            received.Write(buffer, 0, read);
            if (TryParse(received.GetBuffer().AsSpan(0, (int)received.Length)) is { } answer)
            {
                return answer;
            }
        }
    }

    /// <summary>The status and Connection: close of a complete answer (Content-Length or chunked body), or null while incomplete.</summary>
    private static (int Status, bool Close)? TryParse(ReadOnlySpan<byte> received)
    {
        var headerEnd = received.IndexOf("\r\n\r\n"u8);
        if (headerEnd < 0)
        {
            return null;
        }

        var headers = Encoding.ASCII.GetString(received[..headerEnd]).Split("\r\n");
        var status = int.Parse(headers[0].Split(' ')[1], CultureInfo.InvariantCulture);
        var contentLength = 0;
        var chunked = false;
        var close = false;
        foreach (var header in headers.Skip(1))
        {
            var colon = header.IndexOf(':', StringComparison.Ordinal);
            var name = header[..colon].Trim();
            var value = header[(colon + 1)..].Trim();
            if (name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                contentLength = int.Parse(value, CultureInfo.InvariantCulture);
            }
            else if (name.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase))
            {
                chunked = value.Equals("chunked", StringComparison.OrdinalIgnoreCase);
            }
            else if (name.Equals("Connection", StringComparison.OrdinalIgnoreCase))
            {
                close = value.Equals("close", StringComparison.OrdinalIgnoreCase);
            }
        }

        var body = received[(headerEnd + 4)..];
        var complete = chunked ? IsCompleteChunkedBody(body) : body.Length >= contentLength;
        return complete ? (status, close) : null;
    }

    private static bool IsCompleteChunkedBody(ReadOnlySpan<byte> body)
    {
        while (true)
        {
            var lineEnd = body.IndexOf("\r\n"u8);
            if (lineEnd < 0)
            {
                return false;
            }

            var size = int.Parse(Encoding.ASCII.GetString(body[..lineEnd]).Split(';')[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            if (size == 0)
            {
                // The last chunk, then (no trailers here) the empty line.
                return body[(lineEnd + 2)..].StartsWith("\r\n"u8);
            }

            var next = lineEnd + 2 + size + 2;
            if (body.Length < next)
            {
                return false;
            }

            body = body[next..];
        }
    }
}
