namespace HookAnalyzers.Analyzers.Internals.Knowledge;

/// <summary>
/// Durable effects of common libraries, by declaring type and method name: message buses
/// (MassTransit, NServiceBus, Rebus, Azure Service Bus, RabbitMQ, Kafka, Amazon SQS/SNS, Redis
/// pub/sub), job schedulers (Hangfire, Quartz) and counters in Redis. No library is referenced:
/// the names are matched on metadata, so tests declare stubs with the same names.
/// EF Core inserts depend on what the body added and are decided in <see cref="EntityFrameworkEffects"/>.
/// Add-or-update APIs (Hangfire <c>RecurringJob.AddOrUpdate</c>, Quartz with <c>replace: true</c>) are idempotent and absent.
/// </summary>
internal static class LibraryEffects
{
    private const string Publishes = "publishes or sends the message again";
    private const string Enqueues = "enqueues or schedules the job again";
    private const string Counts = "moves the counter or pushes the entry again";

    private static readonly MethodTable<string> Bus = new MethodTable<string>()
        .Add("MassTransit.IPublishEndpoint", Publishes, "Publish", "PublishBatch")
        .Add("MassTransit.ISendEndpoint", Publishes, "Send", "SendBatch")
        .Add("MassTransit.EndpointConventionExtensions", Publishes, "Send")
        .Add("NServiceBus.IMessageSession", Publishes, "Send", "Publish")
        .Add("NServiceBus.IMessageSessionExtensions", Publishes, "Send", "SendLocal", "Publish")
        .Add("NServiceBus.IPipelineContext", Publishes, "Send", "Publish")
        .Add("NServiceBus.IPipelineContextExtensions", Publishes, "Send", "SendLocal", "Publish")
        .Add("Rebus.Bus.IBus", Publishes, "Send", "SendLocal", "Publish", "Defer", "DeferLocal")
        .Add("Rebus.Bus.Advanced.ISyncBus", Publishes, "Send", "SendLocal", "Publish", "Defer", "DeferLocal")
        .Add("Azure.Messaging.ServiceBus.ServiceBusSender", Publishes, "SendMessageAsync", "SendMessagesAsync", "ScheduleMessageAsync", "ScheduleMessagesAsync")
        .Add("RabbitMQ.Client.IModel", Publishes, "BasicPublish")
        .Add("RabbitMQ.Client.IModelExensions", Publishes, "BasicPublish") // sic: the 6.x extension class name
        .Add("RabbitMQ.Client.IChannel", Publishes, "BasicPublishAsync")
        .Add("RabbitMQ.Client.IChannelExtensions", Publishes, "BasicPublishAsync")
        .Add("Confluent.Kafka.IProducer`2", Publishes, "Produce", "ProduceAsync")
        .Add("Amazon.SQS.IAmazonSQS", Publishes, "SendMessageAsync", "SendMessageBatchAsync")
        .Add("Amazon.SQS.AmazonSQSClient", Publishes, "SendMessageAsync", "SendMessageBatchAsync")
        .Add("Amazon.SimpleNotificationService.IAmazonSimpleNotificationService", Publishes, "PublishAsync")
        .Add("Amazon.SimpleNotificationService.AmazonSimpleNotificationServiceClient", Publishes, "PublishAsync")
        .Add("StackExchange.Redis.ISubscriber", Publishes, "Publish", "PublishAsync");

    private static readonly MethodTable<string> Jobs = new MethodTable<string>()
        .Add("Hangfire.BackgroundJob", Enqueues, "Enqueue", "Schedule", "ContinueJobWith")
        .Add("Hangfire.IBackgroundJobClient", Enqueues, "Create")
        .Add("Hangfire.BackgroundJobClientExtensions", Enqueues, "Enqueue", "Schedule", "ContinueJobWith", "Create")
        .Add("Quartz.IScheduler", Enqueues, "ScheduleJob", "ScheduleJobs", "TriggerJob", "AddJob");

    private static readonly MethodTable<string> Counters = new MethodTable<string>()
        .Add("StackExchange.Redis.IDatabase", Counts, RedisCounters)
        .Add("StackExchange.Redis.IDatabaseAsync", Counts, RedisCounters);

    private static string[] RedisCounters => new[]
    {
        "StringIncrement", "StringIncrementAsync", "StringDecrement", "StringDecrementAsync",
        "HashIncrement", "HashIncrementAsync", "HashDecrement", "HashDecrementAsync",
        "ListRightPush", "ListRightPushAsync", "ListLeftPush", "ListLeftPushAsync",
        "StreamAdd", "StreamAddAsync", "SortedSetIncrement", "SortedSetIncrementAsync",
    };

    /// <param name="replaces">True when the call passes a constant <c>replace: true</c> (Quartz): then it overwrites.</param>
    public static DurableEffect? Find(IMethodSymbol method, bool replaces)
    {
        var display = method.ContainingType.Name + "." + method.Name;
        if (Bus.Find(method) is { } bus)
        {
            return new DurableEffect(EffectKind.Bus, display + " " + bus);
        }

        if (Jobs.Find(method) is { } job)
        {
            return replaces ? null : new DurableEffect(EffectKind.Job, display + " " + job);
        }

        return Counters.Find(method) is { } counter ? new DurableEffect(EffectKind.Counter, display + " " + counter) : null;
    }
}
