namespace HookAnalyzers.Tests.Analyzers.Corpus;

/// <summary>
/// Just enough of the public surface of the libraries the catalogues know, with their real
/// namespaces and type names: the analyzers match them by metadata name, so the tests need no
/// package. Each constant compiles on its own next to a test source.
/// </summary>
internal static class LibraryStubs
{
    public const string Buses = """
        namespace MassTransit
        {
            public interface IPublishEndpoint { System.Threading.Tasks.Task Publish<T>(T message, System.Threading.CancellationToken cancellationToken = default) where T : class; }
            public interface ISendEndpoint { System.Threading.Tasks.Task Send<T>(T message, System.Threading.CancellationToken cancellationToken = default) where T : class; }
            public interface IBus : IPublishEndpoint { }
        }

        namespace NServiceBus
        {
            public sealed class SendOptions { }
            public interface IMessageSession
            {
                System.Threading.Tasks.Task Send(object message, SendOptions options, System.Threading.CancellationToken cancellationToken = default);
                System.Threading.Tasks.Task Publish(object message, System.Threading.CancellationToken cancellationToken = default);
            }
            public static class IMessageSessionExtensions
            {
                public static System.Threading.Tasks.Task SendLocal(this IMessageSession session, object message, System.Threading.CancellationToken cancellationToken = default)
                    => session.Send(message, new SendOptions(), cancellationToken);
            }
        }

        namespace Rebus.Bus
        {
            public interface IBus
            {
                System.Threading.Tasks.Task Send(object commandMessage, System.Collections.Generic.IDictionary<string, string>? optionalHeaders = null);
                System.Threading.Tasks.Task Publish(object eventMessage, System.Collections.Generic.IDictionary<string, string>? optionalHeaders = null);
                System.Threading.Tasks.Task Subscribe<TEvent>();
            }
        }

        namespace Azure.Messaging.ServiceBus
        {
            public sealed class ServiceBusMessage { public ServiceBusMessage(string body) { } public string? MessageId { get; set; } }
            public class ServiceBusSender
            {
                public virtual System.Threading.Tasks.Task SendMessageAsync(ServiceBusMessage message, System.Threading.CancellationToken cancellationToken = default) => System.Threading.Tasks.Task.CompletedTask;
                public virtual System.Threading.Tasks.Task CloseAsync(System.Threading.CancellationToken cancellationToken = default) => System.Threading.Tasks.Task.CompletedTask;
            }
        }

        namespace RabbitMQ.Client
        {
            public interface IBasicProperties { }
            public interface IModel
            {
                void BasicPublish(string exchange, string routingKey, bool mandatory, IBasicProperties? basicProperties, System.ReadOnlyMemory<byte> body);
                void Close(ushort replyCode, string replyText);
                void QueueDeclarePassive(string queue);
            }
            public static class IModelExensions
            {
                public static void BasicPublish(this IModel model, string exchange, string routingKey, IBasicProperties? basicProperties, System.ReadOnlyMemory<byte> body)
                    => model.BasicPublish(exchange, routingKey, false, basicProperties, body);
                public static void Close(this IModel model) => model.Close(200, "Goodbye");
            }
            public interface IConnection { void Close(ushort reasonCode, string reasonText, System.TimeSpan timeout); }
            public static class IConnectionExtensions { public static void Close(this IConnection connection) => connection.Close(200, "Goodbye", System.TimeSpan.FromSeconds(30)); }
        }

        namespace Confluent.Kafka
        {
            public sealed class Message<TKey, TValue> { public TKey? Key { get; set; } public TValue? Value { get; set; } }
            public interface IProducer<TKey, TValue>
            {
                System.Threading.Tasks.Task<object> ProduceAsync(string topic, Message<TKey, TValue> message, System.Threading.CancellationToken cancellationToken = default);
                int Flush(System.TimeSpan timeout);
                void Flush(System.Threading.CancellationToken cancellationToken = default);
            }
        }
        """;

    public const string Jobs = """
        namespace Hangfire
        {
            public static class BackgroundJob
            {
                public static string Enqueue(System.Linq.Expressions.Expression<System.Action> methodCall) => "1";
                public static string Schedule(System.Linq.Expressions.Expression<System.Action> methodCall, System.TimeSpan delay) => "1";
            }
            public static class RecurringJob
            {
                public static void AddOrUpdate(string recurringJobId, System.Linq.Expressions.Expression<System.Action> methodCall, string cronExpression) { }
            }
        }

        namespace Quartz
        {
            public interface IJobDetail { }
            public interface ITrigger { }
            public interface IScheduler
            {
                System.Threading.Tasks.Task<System.DateTimeOffset> ScheduleJob(IJobDetail jobDetail, ITrigger trigger, System.Threading.CancellationToken cancellationToken = default);
                System.Threading.Tasks.Task ScheduleJob(IJobDetail jobDetail, System.Collections.Generic.IReadOnlyCollection<ITrigger> triggersForJob, bool replace, System.Threading.CancellationToken cancellationToken = default);
                System.Threading.Tasks.Task<bool> CheckExists(string jobKey, System.Threading.CancellationToken cancellationToken = default);
            }
        }
        """;

    public const string EntityFramework = """
        namespace Microsoft.EntityFrameworkCore
        {

            public class DbContext : System.IDisposable
            {
                public virtual int SaveChanges() => 0;
                public virtual Task<int> SaveChangesAsync(CancellationToken cancellationToken = default) => Task.FromResult(0);
                public void Dispose() { }
            }

            public abstract class DbSet<TEntity> : IQueryable<TEntity> where TEntity : class
            {
                public virtual void Add(TEntity entity) { }
                public virtual ValueTask<object> AddAsync(TEntity entity, CancellationToken cancellationToken = default) => default;
                public virtual void AddRange(params TEntity[] entities) { }
                public virtual Task AddRangeAsync(params TEntity[] entities) => Task.CompletedTask;
                public virtual void Update(TEntity entity) { }
                public System.Type ElementType => typeof(TEntity);
                public System.Linq.Expressions.Expression Expression => null!;
                public IQueryProvider Provider => null!;
                public System.Collections.Generic.IEnumerator<TEntity> GetEnumerator() => null!;
                System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => null!;
            }

            public static class EntityFrameworkQueryableExtensions
            {
                public static Task<bool> AnyAsync<TSource>(this IQueryable<TSource> source, CancellationToken cancellationToken = default) => Task.FromResult(false);
                public static Task<bool> AnyAsync<TSource>(this IQueryable<TSource> source, System.Linq.Expressions.Expression<System.Func<TSource, bool>> predicate, CancellationToken cancellationToken = default) => Task.FromResult(false);
                public static Task<TSource> FirstAsync<TSource>(this IQueryable<TSource> source, System.Linq.Expressions.Expression<System.Func<TSource, bool>> predicate, CancellationToken cancellationToken = default) => Task.FromResult(default(TSource)!);
                public static Task<int> CountAsync<TSource>(this IQueryable<TSource> source, CancellationToken cancellationToken = default) => Task.FromResult(0);
                public static Task<System.Collections.Generic.List<TSource>> ToListAsync<TSource>(this IQueryable<TSource> source, CancellationToken cancellationToken = default) => Task.FromResult(new System.Collections.Generic.List<TSource>());
            }
        }
        """;

    public const string Telemetry = """
        namespace OpenTelemetry.Trace
        {
            public class TracerProvider : System.IDisposable { public void Dispose() { } }
            public static class TracerProviderExtensions
            {
                public static bool ForceFlush(this TracerProvider provider, int timeoutMilliseconds = -1) => true;
                public static bool Shutdown(this TracerProvider provider, int timeoutMilliseconds = -1) => true;
            }
        }

        namespace OpenTelemetry.Metrics
        {
            public class MeterProvider : System.IDisposable { public void Dispose() { } }
            public static class MeterProviderExtensions
            {
                public static bool ForceFlush(this MeterProvider provider, int timeoutMilliseconds = -1) => true;
            }
        }

        namespace Serilog
        {
            public static class Log
            {
                public static void CloseAndFlush() { }
                public static void Information(string messageTemplate) { }
            }
        }
        """;
}
