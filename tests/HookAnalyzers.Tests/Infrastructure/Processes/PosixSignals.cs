using System.Diagnostics;
using System.Runtime.InteropServices;

namespace HookAnalyzers.Tests.Infrastructure.Processes;

/// <summary>Sends the container runtime's stop signal; .NET has no API for SIGTERM to another process.</summary>
public static class PosixSignals
{
    public const int SigTerm = 15;

    public static void Terminate(Process process) => Terminate(process.Id);

    public static void Terminate(int processId)
    {
        if (Kill(processId, SigTerm) != 0)
        {
            throw new InvalidOperationException($"kill({processId}, SIGTERM) failed: errno {Marshal.GetLastPInvokeError()}");
        }
    }

    // DllImport rather than LibraryImport: blittable arguments, and no unsafe code in the test project.
    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
