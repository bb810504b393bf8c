using System.Net;
using System.Net.Sockets;

namespace HookAnalyzers.Tests.Infrastructure;

/// <summary>
/// A Service as a node's proxy sees it: the pods a NEW connection may go to, picked round-robin.
/// Removing a pod changes only where new connections go; a connection already established keeps
/// reaching its pod until one side closes it, as conntrack keeps it behind kube-proxy.
/// </summary>
public sealed class ServiceEndpoints
{
    private readonly object _gate = new();
    private readonly List<int> _ports = [];
    private readonly Dictionary<int, int> _connections = [];
    private int _next;

    public void Add(int port)
    {
        lock (_gate)
        {
            _ports.Add(port);
        }
    }

    public void Remove(int port)
    {
        lock (_gate)
        {
            _ports.Remove(port);
        }
    }

    /// <summary>How many connections were opened to the pod listening on <paramref name="port"/>.</summary>
    public int ConnectionsTo(int port)
    {
        lock (_gate)
        {
            return _connections.GetValueOrDefault(port);
        }
    }

    /// <summary>A connection to the next pod (127.0.0.1), for <c>SocketsHttpHandler.ConnectCallback</c>.</summary>
    public async ValueTask<Stream> ConnectAsync(CancellationToken cancellationToken)
    {
        int port;
        lock (_gate)
        {
            if (_ports.Count == 0)
            {
                throw new HttpRequestException("the Service has no endpoints");
            }

            port = _ports[_next++ % _ports.Count];
            _connections[port] = _connections.GetValueOrDefault(port) + 1;
        }

        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port), cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
