using System.Net;
using System.Net.Sockets;

namespace HookAnalyzers.Tests.Infrastructure.Processes;

/// <summary>Ports for servers and processes started by tests: always on 127.0.0.1, never a fixed number.</summary>
public static class FreePort
{
    /// <summary>
    /// A port that was free a moment ago: the OS picks it for a listener on 127.0.0.1:0, which is
    /// then closed. Only for settings that need a number before the server starts (ManagementPort,
    /// a port the exec client calls before the app listens); otherwise bind to port 0 directly.
    /// </summary>
    public static int Next()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }
}
