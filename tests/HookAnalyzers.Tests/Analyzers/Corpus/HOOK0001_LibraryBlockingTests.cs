using Verify = HookAnalyzers.Tests.Infrastructure.AnalyzerVerifier<HookAnalyzers.Analyzers.Rules.BlockingCallInHookAnalyzer>;

namespace HookAnalyzers.Tests.Analyzers.Corpus;

/// <summary>HOOK0001: library calls documented to block (no async twin), the user's list, and zero-timeout polls.</summary>
public sealed class HOOK0001_LibraryBlockingTests
{
    [Fact]
    public Task Kafka_flush_and_RabbitMQ_close_are_reported()
        => Verify.VerifyAsync("""
            using RabbitMQ.Client;

            public sealed class BrokerShutdown(Confluent.Kafka.IProducer<string, string> producer, IConnection connection, IModel channel)
            {
                [PreStop(TimeoutSeconds = 10)]
                public void Stop(CancellationToken ct)
                {
                    producer.[|Flush(TimeSpan.FromSeconds(5))|];
                    producer.[|Flush(ct)|];
                    channel.[|Close()|];
                    connection.[|Close()|];
                }
            }
            """ + LibraryStubs.Buses);

    [Fact]
    public Task Telemetry_flushes_and_Serilog_close_are_reported_through_a_helper_too()
        => Verify.VerifyAsync("""
            using OpenTelemetry.Metrics;
            using OpenTelemetry.Trace;

            public sealed class TelemetryShutdown(TracerProvider tracing, MeterProvider metrics)
            {
                [PreStop]
                public void Flush()
                {
                    tracing.[|ForceFlush(2000)|];
                    metrics.[|ForceFlush()|];
                    tracing
                        .[|Shutdown()|];
                    [|CloseLogs()|];
                }

                private static void CloseLogs()
                {
                    Serilog.Log.Information("stopping");
                    Serilog.Log.CloseAndFlush();
                }
            }
            """ + LibraryStubs.Telemetry);

    [Fact]
    public async Task The_library_call_is_named_in_the_message()
    {
        var diagnostics = await Verify.GetDiagnosticsAsync("""
            public sealed class BrokerShutdown(Confluent.Kafka.IProducer<string, string> producer)
            {
                [PreStop]
                public void Stop() => producer.Flush(TimeSpan.FromSeconds(5));
            }
            """ + LibraryStubs.Buses);

        Assert.Equal("IProducer.Flush blocks a thread in hook 'BrokerShutdown.Stop'", Assert.Single(diagnostics).GetMessage());
    }

    [Fact]
    public Task Look_alikes_and_async_shutdowns_are_not_reported()
        => Verify.VerifyAsync("""
            namespace Acme.Kafka
            {
                public interface IProducer<TKey, TValue> { void Flush(TimeSpan timeout); }
            }

            public sealed class Shutdown(Acme.Kafka.IProducer<string, string> producer, Azure.Messaging.ServiceBus.ServiceBusSender sender)
            {
                [PreStop]
                public async Task StopAsync(CancellationToken ct)
                {
                    producer.Flush(TimeSpan.FromSeconds(5));
                    await sender.CloseAsync(ct);
                }
            }
            """ + LibraryStubs.Buses);

    [Fact]
    public Task Methods_listed_in_editorconfig_block()
        => Verify.VerifyAsync("""
            namespace Acme.Native
            {
                public static class Device
                {
                    public static void Sync() { }
                    public static void Touch() { }
                }
            }

            public static class Storage
            {
                [PreStop]
                public static void Stop()
                {
                    Acme.Native.Device.[|Sync()|];
                    Acme.Native.Device.Touch();
                }
            }
            """, new AnalyzerTestOptions { EditorConfig = new Dictionary<string, string> { ["hookanalyzers.blocking_methods"] = "Acme.Native.Device.Sync" } });

    [Fact]
    public Task Zero_timeout_waits_only_poll_and_are_not_reported()
        => Verify.VerifyAsync(HookBodies.Frame(
            "sealed class Drain(SemaphoreSlim gate, ManualResetEvent stopped, Task pending)", "PreStop", "void Stop()", """
            if (gate.Wait(0)) gate.Release();
            var done = stopped.WaitOne(0) || stopped.WaitOne(TimeSpan.Zero);
            var finished = pending.Wait(0);
            Console.WriteLine(done && finished);
            stopped.[|WaitOne(100)|];
            """));
}
