using Verify = HookAnalyzers.Tests.Infrastructure.AnalyzerVerifier<HookAnalyzers.Analyzers.Rules.NonIdempotentEffectAnalyzer>;

namespace HookAnalyzers.Tests.Analyzers.Corpus;

/// <summary>HOOK0009's library catalogue (message buses, job schedulers, EF Core inserts) and the user's own list.</summary>
public sealed class HOOK0009_LibraryEffectsTests
{
    [Fact]
    public Task Publishing_and_sending_through_each_bus_is_reported()
        => Verify.VerifyAsync("""
            using NServiceBus;
            using RabbitMQ.Client;

            public sealed record InstanceStarted(string Name);

            public sealed class StartupAnnouncer(
                MassTransit.IBus massTransit,
                MassTransit.ISendEndpoint endpoint,
                IMessageSession nServiceBus,
                Rebus.Bus.IBus rebus,
                Azure.Messaging.ServiceBus.ServiceBusSender serviceBus,
                IModel rabbit,
                Confluent.Kafka.IProducer<string, string> kafka)
            {
                [PostStart]
                public async Task AnnounceAsync(CancellationToken ct)
                {
                    var started = new InstanceStarted(Environment.MachineName);
                    await massTransit.[|Publish(started, ct)|];
                    await endpoint.[|Send(started, ct)|];
                    await nServiceBus.[|Publish(started, ct)|];
                    await nServiceBus.[|SendLocal(started, ct)|];
                    await rebus.[|Publish(started)|];
                    await rebus.Subscribe<InstanceStarted>(); // a subscription is idempotent
                    await serviceBus
                        .[|SendMessageAsync(new Azure.Messaging.ServiceBus.ServiceBusMessage(started.Name), ct)|];
                    rabbit.[|BasicPublish("instances", "started", null, new byte[] { 1 })|];
                    rabbit.QueueDeclarePassive("instances");
                    await kafka.[|ProduceAsync("instances", new Confluent.Kafka.Message<string, string> { Value = "up" }, ct)|];
                }
            }
            """ + LibraryStubs.Buses);

    [Fact]
    public Task Enqueueing_and_scheduling_jobs_is_reported_but_add_or_update_and_replace_are_not()
        => Verify.VerifyAsync("""
            using Hangfire;
            using Quartz;

            public sealed class Jobs(IScheduler scheduler, IJobDetail warmup, ITrigger now)
            {
                public static void Warm() { }

                [PostStart]
                public async Task ScheduleAsync(CancellationToken ct)
                {
                    BackgroundJob.[|Enqueue(() => Warm())|];
                    BackgroundJob.[|Schedule(() => Warm(), TimeSpan.FromMinutes(5))|];
                    RecurringJob.AddOrUpdate("warm", () => Warm(), "*/5 * * * *");
                    await scheduler.[|ScheduleJob(warmup, now, ct)|];
                    await scheduler.ScheduleJob(warmup, new[] { now }, replace: true, ct);
                    await scheduler.CheckExists("warm", ct);
                }
            }
            """ + LibraryStubs.Jobs);

    [Fact]
    public Task SaveChanges_after_adding_entities_is_reported_but_not_after_updates()
        => Verify.VerifyAsync("""
            using Microsoft.EntityFrameworkCore;

            public sealed class Instance { public string Name { get; set; } = ""; public DateTime SeenAt { get; set; } }

            public sealed class InstancesDb : DbContext
            {
                public DbSet<Instance> Instances { get; } = null!;
            }

            public sealed class Registration(InstancesDb db)
            {
                [PostStart]
                public async Task RegisterAsync(CancellationToken ct)
                {
                    db.Instances.Add(new Instance { Name = Environment.MachineName, SeenAt = DateTime.UtcNow });
                    await db.[|SaveChangesAsync(ct)|];
                }

                [PreStop]
                public async Task TouchAsync(CancellationToken ct)
                {
                    db.Instances.Update(new Instance { Name = Environment.MachineName, SeenAt = DateTime.UtcNow });
                    await db.SaveChangesAsync(ct);
                }
            }
            """ + LibraryStubs.EntityFramework);

    [Fact]
    public Task Look_alike_types_in_other_namespaces_are_not_reported()
        => Verify.VerifyAsync("""
            namespace Acme.Messaging
            {
                public interface IBus { Task Publish(object message, CancellationToken ct = default); }
            }

            public sealed class Announcer(Acme.Messaging.IBus bus)
            {
                [PostStart]
                public Task AnnounceAsync(CancellationToken ct) => bus.Publish("started", ct);
            }
            """);

    [Fact]
    public Task Methods_listed_in_editorconfig_are_durable_effects()
        => Verify.VerifyAsync("""
            namespace Acme.Billing
            {
                public sealed class Ledger
                {
                    public void Append(string entry) { }
                    public void Read() { }
                }
            }

            public sealed class Closing(Acme.Billing.Ledger ledger)
            {
                [PreStop]
                public void Close()
                {
                    ledger.[|Append("closed")|];
                    ledger.Read();
                }
            }
            """, new AnalyzerTestOptions { EditorConfig = new Dictionary<string, string> { ["hookanalyzers.durable_effect_methods"] = "Acme.Billing.Ledger.Append, Acme.Other.Thing.Do" } });

    [Fact]
    public async Task Bus_advice_names_a_deterministic_id_or_an_outbox()
    {
        var diagnostics = await Verify.GetDiagnosticsAsync("""
            public sealed class Announcer(MassTransit.IBus bus)
            {
                [PostStart]
                public Task AnnounceAsync(CancellationToken ct) => bus.Publish(new object(), ct);
            }
            """ + LibraryStubs.Buses);

        Assert.Contains("deterministic id", Assert.Single(diagnostics).GetMessage());
        Assert.Contains("outbox", diagnostics[0].GetMessage());
    }
}
