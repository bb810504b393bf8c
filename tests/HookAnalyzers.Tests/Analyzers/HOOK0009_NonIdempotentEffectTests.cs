using Verify = HookAnalyzers.Tests.Infrastructure.AnalyzerVerifier<HookAnalyzers.Analyzers.Rules.NonIdempotentEffectAnalyzer>;

namespace HookAnalyzers.Tests.Analyzers;

public sealed class HOOK0009_NonIdempotentEffectTests
{
    /// <summary>Just enough of the messaging clients' public surface: the rule matches them by name.</summary>
    private const string MessagingStubs = """
        namespace MassTransit
        {
            public interface IPublishEndpoint { Task Publish<T>(T message, CancellationToken cancellationToken = default) where T : class; }
            public interface IBus : IPublishEndpoint { }
        }

        namespace Confluent.Kafka
        {
            public sealed class Message<TKey, TValue> { public TValue? Value { get; set; } }
            public interface IProducer<TKey, TValue> { Task<object> ProduceAsync(string topic, Message<TKey, TValue> message, CancellationToken cancellationToken = default); }
        }

        namespace RabbitMQ.Client
        {
            public interface IBasicProperties { }
            public interface IModel { void BasicPublish(string exchange, string routingKey, bool mandatory, IBasicProperties? basicProperties, System.ReadOnlyMemory<byte> body); }
            public static class IModelExensions
            {
                public static void BasicPublish(this IModel model, string exchange, string routingKey, IBasicProperties? basicProperties, System.ReadOnlyMemory<byte> body)
                    => model.BasicPublish(exchange, routingKey, false, basicProperties, body);
            }
        }

        namespace Amazon.SQS
        {
            public sealed class SendMessageRequest { public string? QueueUrl { get; set; } public string? MessageBody { get; set; } }
            public interface IAmazonSQS { Task<object> SendMessageAsync(SendMessageRequest request, CancellationToken cancellationToken = default); }
        }

        namespace StackExchange.Redis
        {
            public interface IDatabaseAsync { Task<long> StringIncrementAsync(string key, long value = 1); }
            public interface IDatabase : IDatabaseAsync { long StringIncrement(string key, long value = 1); long StringGet(string key); }
        }
        """;

    /// <summary>Hook bodies with a file effect that does not repeat safely.</summary>
    public static TheoryData<string> FileEffects => new()
    {
        // appending a marker, through File and through a StreamWriter in append mode
        """
        await File.[|AppendAllTextAsync("/data/shutdowns.log", DateTime.UtcNow + "\n", ct)|];
        using var writer = [|new StreamWriter("/data/audit.log", append: true)|];
        await writer.WriteLineAsync("stopped");
        """,
        // FileMode.Append and FileMode.CreateNew
        """
        await using var log = [|new FileStream("/data/checkpoint.log", FileMode.Append, FileAccess.Write)|];
        await using var lockFile = File.[|Open("/data/owner.lock", FileMode.CreateNew)|];
        await log.WriteAsync(new byte[] { 1 }, ct);
        """,
        // a move, and a copy without overwrite
        """
        await File.WriteAllTextAsync("/data/checkpoint.tmp", "42", ct);
        File.[|Move("/data/checkpoint.tmp", "/data/checkpoint")|];
        File.[|Copy("/data/checkpoint", "/backup/checkpoint", overwrite: false)|];
        """,
        // under a cancellation check, which is not a guard
        """
        if (!ct.IsCancellationRequested)
        {
            await File.[|AppendAllTextAsync("/data/outbox.log", "flushed", ct)|];
        }
        """,
    };

    [Theory]
    [MemberData(nameof(FileEffects))]
    public Task File_effects_that_do_not_repeat_safely_are_reported(string body)
        => Verify.VerifyAsync(HookBodies.Async(body));

    [Fact]
    public Task Overwrites_are_idempotent()
        => Verify.VerifyAsync(HookBodies.Async("""
            await File.WriteAllTextAsync("/data/checkpoint.tmp", "42", ct);
            File.Move("/data/checkpoint.tmp", "/data/checkpoint", overwrite: true);
            File.Copy("/data/checkpoint", "/backup/checkpoint", true);
            await using var stream = new FileStream("/data/state.bin", FileMode.Create, FileAccess.Write);
            await using var writer = new StreamWriter("/data/state.txt", append: false);
            """));

    [Fact]
    public Task Post_without_idempotency_key_is_reported()
        => Verify.VerifyAsync(HookBodies.Frame(
            "sealed class Deregistration(HttpClient http)", "PreStop(TimeoutSeconds = 5)", "async Task DeregisterAsync(CancellationToken ct)", """
            using var content = new StringContent("{\"instance\":\"orders-1\"}");
            await http.[|PostAsync("http://registry/deregister", content, ct)|];
            using var request = new HttpRequestMessage(HttpMethod.Patch, "http://registry/instances/orders-1");
            await http.[|SendAsync(request, ct)|];
            await http.[|PostAsJsonAsync("http://audit/events", new { Kind = "stopped" }, ct)|];
            """));

    [Fact]
    public Task Publishing_and_counting_through_known_clients_is_reported()
        => Verify.VerifyAsync("""
            public sealed record InstanceStarted(string Name);

            public sealed class StartupAnnouncer(MassTransit.IBus bus, Confluent.Kafka.IProducer<string, string> producer, StackExchange.Redis.IDatabase redis)
            {
                [PostStart]
                public async Task AnnounceAsync(CancellationToken ct)
                {
                    await bus.[|Publish(new InstanceStarted("orders-1"), ct)|];
                    await producer.[|ProduceAsync("instances", new Confluent.Kafka.Message<string, string> { Value = "up" }, ct)|];
                    redis.[|StringIncrement("instances:started")|];
                    await redis.[|StringIncrementAsync("instances:started:async")|];
                }
            }
            """ + MessagingStubs);

    [Fact]
    public Task RabbitMQ_extension_publish_and_SQS_send_are_reported()
        => Verify.VerifyAsync("using RabbitMQ.Client;\n" + HookBodies.Frame(
            "sealed class ShutdownNotifier(RabbitMQ.Client.IModel channel, Amazon.SQS.IAmazonSQS sqs)", "PreStop", "async Task NotifyAsync(CancellationToken ct)", """
            channel.[|BasicPublish("instances", "stopped", null, new byte[] { 1 })|];
            await sqs.[|SendMessageAsync(new Amazon.SQS.SendMessageRequest { QueueUrl = "q", MessageBody = "stopped" }, ct)|];
            """) + MessagingStubs);

    [Fact]
    public Task Effects_in_a_lambda_inside_the_hook_are_reported()
        => Verify.VerifyAsync(HookBodies.Frame(
            "static class Outbox", "PreStop", "static Task FlushAsync(CancellationToken ct)", """
            Func<string, Task> append = line => File.[|AppendAllTextAsync("/data/outbox.log", line, ct)|];
            return append("flushed");
            """));

    [Fact]
    public Task Guards_the_user_wrote_silence_the_rule()
        => Verify.VerifyAsync("""
            public sealed class Warmup
            {
                private static bool _announced;
                private string? _checkpoint;

                [PostStart]
                public async Task WarmAsync(CancellationToken ct)
                {
                    if (!File.Exists("/data/first-start.marker"))
                    {
                        await File.AppendAllTextAsync("/data/first-start.marker", "started", ct);
                    }

                    if (!_announced)
                    {
                        await File.AppendAllTextAsync("/data/announcements.log", "announced", ct);
                    }

                    if (_checkpoint is null)
                    {
                        File.Move("/data/a.tmp", "/data/a");
                    }
                }

                [PreStop]
                public async Task RecordStopAsync(CancellationToken ct)
                {
                    if (Directory.Exists("/data/stopped"))
                    {
                        return;
                    }

                    Directory.CreateDirectory("/data/stopped");
                    await File.AppendAllTextAsync("/data/stops.log", "stopped", ct);
                }
            }
            """);

    [Fact]
    public Task Idempotency_key_on_request_or_client_silences_http()
        => Verify.VerifyAsync("""
            public sealed class Deregistration(HttpClient http)
            {
                [PreStop]
                public async Task DeregisterAsync(CancellationToken ct)
                {
                    using var request = new HttpRequestMessage(HttpMethod.Post, "http://registry/deregister");
                    request.Headers.Add("Idempotency-Key", "orders-1-stop");
                    await http.SendAsync(request, ct);
                }

                [PostStart]
                public async Task RegisterAsync(CancellationToken ct)
                {
                    http.DefaultRequestHeaders.Add("Idempotency-Key", Environment.MachineName);
                    await http.PostAsync("http://registry/register", new StringContent("orders-1"), ct);
                }
            }
            """);

    [Fact]
    public Task Idempotent_verbs_and_reads_are_clean()
        => Verify.VerifyAsync(HookBodies.Frame(
            "sealed class Registration(HttpClient http, StackExchange.Redis.IDatabase redis)", "PostStart", "async Task RegisterAsync(CancellationToken ct)", """
            await http.PutAsync("http://registry/instances/orders-1", new StringContent("up"), ct);
            await http.DeleteAsync("http://registry/stale/orders-1", ct);
            using var request = new HttpRequestMessage(HttpMethod.Get, "http://registry/health");
            await http.SendAsync(request, ct);
            _ = redis.StringGet("instances:started");
            """) + MessagingStubs);

    [Fact]
    public Task Effects_outside_hooks_are_not_reported()
        => Verify.VerifyAsync("""
            public sealed class AccessLog
            {
                public Task RecordAsync(string line, CancellationToken ct) => File.AppendAllTextAsync("/data/access.log", line, ct);

                [PreStop]
                public static void Noop() { }
            }
            """);

}
