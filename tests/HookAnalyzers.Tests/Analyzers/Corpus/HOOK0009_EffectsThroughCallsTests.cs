using Verify = HookAnalyzers.Tests.Infrastructure.AnalyzerVerifier<HookAnalyzers.Analyzers.Rules.NonIdempotentEffectAnalyzer>;

namespace HookAnalyzers.Tests.Analyzers.Corpus;

/// <summary>HOOK0009 follows the hook's calls into the project's methods, like HOOK0001: helpers, extension methods, partial classes.</summary>
public sealed class HOOK0009_EffectsThroughCallsTests
{
    [Fact]
    public Task An_append_in_a_helper_two_calls_down_is_reported_at_the_hook_call_with_the_chain()
        => Verify.VerifyAsync("""
            public sealed class ShutdownJournal
            {
                [PreStop]
                public async Task RecordAsync(CancellationToken ct)
                {
                    await [|WriteEntryAsync("stopped", ct)|];
                }

                private static Task WriteEntryAsync(string kind, CancellationToken ct)
                    => JournalFile.AppendAsync($"{DateTime.UtcNow:O} {kind}", ct);
            }

            internal static class JournalFile
            {
                public static Task AppendAsync(string line, CancellationToken ct)
                    => File.AppendAllTextAsync("/data/journal.log", line + "\n", ct);
            }
            """);

    [Fact]
    public async Task The_message_shows_the_chain_and_advice_that_fits_the_effect()
    {
        var diagnostics = await Verify.GetDiagnosticsAsync("""
            public sealed class Deregistration(HttpClient http)
            {
                [PreStop]
                public Task DeregisterAsync(CancellationToken ct) => http.NotifyStoppedAsync(ct);
            }

            internal static class RegistryClient
            {
                public static async Task NotifyStoppedAsync(this HttpClient http, CancellationToken ct)
                {
                    using var request = new HttpRequestMessage(HttpMethod.Post, "http://registry/deregister");
                    await http.SendAsync(request, ct);
                }
            }
            """);

        var message = Assert.Single(diagnostics).GetMessage();
        Assert.Equal(
            "Hook 'Deregistration.DeregisterAsync' is not idempotent: NotifyStoppedAsync -> HttpClient.SendAsync sends POST/PATCH without an Idempotency-Key header, so the server cannot tell a second delivery from a new request; send an Idempotency-Key header, or PUT to a resource the caller names",
            message);
    }

    [Fact]
    public Task A_helper_in_the_other_half_of_a_partial_class_is_followed()
        => Verify.VerifyAsync("""
            public sealed partial class Checkpointer
            {
                [PreStop]
                public void Checkpoint() => this.[|Promote()|];
            }

            public sealed partial class Checkpointer
            {
                private void Promote()
                {
                    File.WriteAllText("/data/checkpoint.tmp", "42");
                    File.Move("/data/checkpoint.tmp",
                              "/data/checkpoint");
                }
            }
            """);

    [Fact]
    public Task A_guard_in_the_helper_or_around_the_call_silences_the_chain()
        => Verify.VerifyAsync("""
            public sealed class Journal
            {
                private bool _written;

                [PreStop]
                public async Task RecordAsync(CancellationToken ct)
                {
                    await AppendOnceAsync(ct);
                    if (!_written)
                    {
                        await AppendAsync(ct);
                        _written = true;
                    }
                }

                private static async Task AppendOnceAsync(CancellationToken ct)
                {
                    if (File.Exists("/data/stopped.marker"))
                    {
                        return;
                    }

                    await File.AppendAllTextAsync("/data/journal.log", "stopped\n", ct);
                    await File.WriteAllTextAsync("/data/stopped.marker", "", ct);
                }

                private static Task AppendAsync(CancellationToken ct) => File.AppendAllTextAsync("/data/journal.log", "stopped\n", ct);
            }
            """);

    [Fact]
    public Task Helpers_that_only_overwrite_or_read_are_not_reported()
        => Verify.VerifyAsync("""
            public sealed class Snapshot(HttpClient http)
            {
                [PreStop]
                public async Task SaveAsync(CancellationToken ct)
                {
                    var state = await ReadStateAsync(ct);
                    await WriteAsync(state, ct);
                    await PutAsync(state, ct);
                }

                private Task<string> ReadStateAsync(CancellationToken ct) => http.GetStringAsync("http://localhost/state", ct);

                private static Task WriteAsync(string state, CancellationToken ct) => File.WriteAllTextAsync("/data/state.json", state, ct);

                private async Task PutAsync(string state, CancellationToken ct)
                {
                    using var request = new HttpRequestMessage(HttpMethod.Put, "http://registry/instances/orders-1") { Content = new StringContent(state) };
                    await http.SendAsync(request, ct);
                }
            }
            """);

    [Fact]
    public Task Depth_zero_checks_the_hook_body_only()
        => Verify.VerifyAsync("""
            public static class Journal
            {
                [PreStop]
                public static void Record() => Append();

                private static void Append() => File.AppendAllText("/data/journal.log", "stopped\n");
            }
            """, new AnalyzerTestOptions { EditorConfig = new Dictionary<string, string> { ["hookanalyzers.blocking_call_depth"] = "0" } });

    [Fact]
    public Task A_post_is_recognised_by_the_request_sent_not_by_a_mention_of_HttpMethod_Post()
        => Verify.VerifyAsync("""
            public sealed class Registration(HttpClient http, Func<HttpRequestMessage> prepare)
            {
                private static readonly HttpMethod[] Unsafe = { HttpMethod.Post, HttpMethod.Patch };

                [PreStop]
                public async Task DeregisterAsync(CancellationToken ct)
                {
                    using var get = new HttpRequestMessage(HttpMethod.Get, "http://registry/instances/orders-1");
                    await http.SendAsync(get, ct);
                    await http.SendAsync(prepare(), ct); // built elsewhere: not assumed to be a POST
                    Console.WriteLine(Unsafe.Length);

                    var post = new HttpRequestMessage { RequestUri = new Uri("http://registry/deregister") };
                    post.Method = HttpMethod.Post;
                    await http.[|SendAsync(post, ct)|];
                    await http.[|SendAsync(new HttpRequestMessage(new HttpMethod("PATCH"), "http://registry/instances/orders-1"), ct)|];
                }
            }
            """);

    [Fact]
    public Task An_idempotency_key_on_the_request_silences_the_post()
        => Verify.VerifyAsync(HookBodies.Frame(
            "sealed class Registration(HttpClient http)", "PreStop", "async Task DeregisterAsync(CancellationToken ct)", """
            using var request = new HttpRequestMessage(HttpMethod.Post, "http://registry/deregister");
            request.Headers.Add("Idempotency-Key", $"{Environment.MachineName}-stop");
            await http.SendAsync(request, ct);
            """));
}
