using System.Net;

namespace HookAnalyzers.Tests.Runtime;

/// <summary>A failed hook is 500 JSON for a plain client and a dropped connection for the kubelet.</summary>
public sealed class FailureAnswerTests
{
    private const string KubeletUserAgent = "kube-lifecycle/1.34";

    private const string Hooks = """
        using System;
        using System.Threading;
        using HookAnalyzers;

        public static class Probe { public static int Runs; }

        public static class BrokenHooks
        {
            [PostStart]
            public static void Warm()
            {
                Interlocked.Increment(ref Probe.Runs);
                throw new InvalidOperationException("catalogue unreachable");
            }
        }
        """;

    [Fact]
    public async Task A_throwing_hook_answers_500_json_to_a_plain_client()
    {
        await using var app = await InMemoryHookApp.StartAsync(Hooks);

        var answer = await HookAnswer.GetAsync(app.Client(), "/lifecycle/post-start");

        Assert.Equal(HttpStatusCode.InternalServerError, answer.Status);
        Assert.Equal("post-start", answer.Json.GetProperty("hook").GetString());
        Assert.Equal("failed", answer.HookStatus);
        var method = Assert.Single(answer.Json.GetProperty("methods").EnumerateArray());
        Assert.Equal("failed", method.GetProperty("status").GetString());
        Assert.Equal("InvalidOperationException: catalogue unreachable", method.GetProperty("error").GetString());
    }

    [Fact]
    public async Task A_throwing_hook_aborts_the_kubelets_connection()
    {
        await using var app = await InMemoryHookApp.StartAsync(Hooks);
        var kubelet = app.Client(userAgent: KubeletUserAgent);

        // No status at all: the kubelet ignores status codes, only a transport error fails its hook.
        var error = await Assert.ThrowsAsync<HttpRequestException>(() => kubelet.GetAsync("/lifecycle/post-start"));
        Assert.Null(error.StatusCode);

        // A duplicate kubelet call gets the recorded failure the same way, without running the hook again.
        await Assert.ThrowsAsync<HttpRequestException>(() => app.Client(userAgent: KubeletUserAgent).GetAsync("/lifecycle/post-start"));
        Assert.Equal(1, app.Static<int>("Probe", "Runs"));

        // A probe or a person still gets the readable answer.
        Assert.Equal(HttpStatusCode.InternalServerError, (await HookAnswer.GetAsync(app.Client(userAgent: "kube-probe/1.34"), "/lifecycle/post-start")).Status);
    }
}
