namespace HookAnalyzers.Tests.Runtime;

/// <summary>Hook events carry no detail in Kubernetes, so the app's logs are the record: stable ids, names, exceptions.</summary>
public sealed class HookLogTests
{
    private const string Hooks = """
        using System;
        using HookAnalyzers;

        public static class LogHooks
        {
            [PostStart(Order = 1)]
            public static void Works() { }

            [PostStart(Order = 2)]
            public static void Fails() => throw new InvalidOperationException("boom");
        }
        """;

    [Fact]
    public async Task Each_start_method_result_end_duplicate_and_abort_is_one_event_with_a_stable_id()
    {
        await using var app = await InMemoryHookApp.StartAsync(Hooks);

        await HookAnswer.GetAsync(app.Client(), "/lifecycle/post-start");
        await HookAnswer.GetAsync(app.Client(), "/lifecycle/post-start");
        await Assert.ThrowsAsync<HttpRequestException>(() => app.Client(userAgent: "kube-lifecycle/1.34").GetAsync("/lifecycle/post-start"));

        var events = app.Static<System.Collections.Concurrent.ConcurrentQueue<string>>("RecordingLoggerProvider", "Events").ToList();
        Assert.Equal([1001, 1004, 1005, 1003, 1007, 1007, 1010], events.Select(e => int.Parse(e[..4], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.StartsWith("1001 Lifecycle hook post-start started: 2 method(s)", events[0], StringComparison.Ordinal);
        Assert.StartsWith("1004 Hook method LogHooks.Works of post-start succeeded", events[1], StringComparison.Ordinal);
        Assert.Matches(@"^1005 Hook method LogHooks\.Fails of post-start failed after \d+ ms \[InvalidOperationException\]$", events[2]);
    }
}
