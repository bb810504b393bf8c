using System.Diagnostics;
using System.Net.Http;
using HookAnalyzers.Tests.Infrastructure.Processes;

namespace HookAnalyzers.Tests.Infrastructure;

/// <summary>What happened while a container was stopped the kubelet's way.</summary>
public sealed record TerminationResult(bool PreStopFinishedInGrace, TimeSpan PreStopElapsed, bool ExitedAfterStopSignal, bool Killed, int? ExitCode, TimeSpan DeleteToExit)
{
    /// <summary>The grace left for the stop signal once preStop returned, as the kubelet computes it.</summary>
    public int StopSignalGraceSeconds { get; init; }
}

/// <summary>One httpGet hook call: <paramref name="Delivered"/> is false when the kubelet would record a failed hook.</summary>
public sealed record HookCall(bool Delivered, int? Status, string Body);

/// <summary>
/// Stops a process as the kubelet stops a container of a deleted pod. Deletion sets off two things
/// that do not wait for each other: the endpoint controller takes the pod out of the Service (which
/// reaches each proxy after some lag; established connections keep reaching the pod), and the
/// kubelet's container runtime code (killContainer) runs preStop, waiting at most the grace period
/// (a hung preStop is abandoned, not cancelled), then sends the stop signal, then SIGKILL after what
/// is left of the grace period, never less than 2 s.
/// </summary>
public static class KubeletSimulator
{
    public const string UserAgent = "kube-lifecycle/1.34";

    private const int MinimumGraceSeconds = 2;

    public static Task<TerminationResult> StopContainerAsync(ChildProcess container, Func<Task> preStop, int graceSeconds)
        => DeletePodAsync(container, preStop, graceSeconds, removeEndpoint: null, TimeSpan.Zero);

    /// <summary>
    /// Deletes the pod: <paramref name="removeEndpoint"/> runs <paramref name="endpointRemovalLag"/>
    /// after deletion, independently of preStop, the stop signal and SIGKILL.
    /// </summary>
    public static async Task<TerminationResult> DeletePodAsync(ChildProcess container, Func<Task> preStop, int graceSeconds, Action? removeEndpoint, TimeSpan endpointRemovalLag)
    {
        var stopwatch = Stopwatch.StartNew();
        var endpointRemoval = removeEndpoint is null
            ? Task.CompletedTask
            : Task.Run(async () =>
            {
                await Task.Delay(endpointRemovalLag);
                removeEndpoint();
            });

        var hook = Task.Run(preStop);
        var finished = await Task.WhenAny(hook, Task.Delay(TimeSpan.FromSeconds(graceSeconds))) == hook;
        var preStopElapsed = stopwatch.Elapsed;

        // The kubelet subtracts whole elapsed seconds and keeps at least 2 s for the stop signal.
        var remaining = Math.Max(MinimumGraceSeconds, graceSeconds - (int)preStopElapsed.TotalSeconds);
        if (!container.HasExited)
        {
            container.Terminate();
        }

        TerminationResult result;
        if (await container.TryWaitForExitAsync(TimeSpan.FromSeconds(remaining)) is { } exitCode)
        {
            result = new TerminationResult(finished, preStopElapsed, true, false, exitCode, stopwatch.Elapsed);
        }
        else
        {
            await container.KillAsync();
            result = new TerminationResult(finished, preStopElapsed, false, true, null, stopwatch.Elapsed);
        }

        await endpointRemoval;
        return result with { StopSignalGraceSeconds = remaining };
    }

    /// <summary>
    /// The kubelet's httpGet handler: a GET with its User-Agent and the manifest's headers. The status
    /// code is ignored; only a transport error (refused, reset, aborted) fails the hook.
    /// </summary>
    public static async Task<HookCall> HttpGetHookAsync(Uri url, IReadOnlyDictionary<string, string>? headers = null)
    {
        // No timeout of its own (the kubelet has none); DeletePodAsync abandons it at the grace period.
        using var client = new HttpClient { Timeout = TimeSpan.FromMinutes(2) };
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.UserAgent.ParseAdd(UserAgent);
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.Add(name, value);
        }

        try
        {
            using var response = await client.SendAsync(request);
            return new HookCall(true, (int)response.StatusCode, await response.Content.ReadAsStringAsync());
        }
        catch (HttpRequestException exception)
        {
            return new HookCall(false, null, exception.Message);
        }
    }
}
