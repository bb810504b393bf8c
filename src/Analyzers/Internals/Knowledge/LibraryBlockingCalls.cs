namespace HookAnalyzers.Analyzers.Internals.Knowledge;

/// <summary>
/// Library calls documented to block the calling thread that have no awaitable twin (HOOK0001):
/// Kafka's <c>IProducer.Flush</c> waits for every queued message, RabbitMQ.Client 6's
/// <c>IConnection.Close</c>/<c>IModel.Close</c> wait for the broker's close-ok, OpenTelemetry's
/// <c>ForceFlush</c>/<c>Shutdown</c> wait for the exporters, Serilog's <c>Log.CloseAndFlush</c>
/// waits for the sinks. Matched by metadata name: no package is referenced.
/// </summary>
internal static class LibraryBlockingCalls
{
    private static readonly MethodTable<string> Table = new MethodTable<string>()
        .Add("Confluent.Kafka.IProducer`2", "IProducer.Flush", "Flush")
        .Add("RabbitMQ.Client.IConnection", "IConnection.Close", "Close")
        .Add("RabbitMQ.Client.IConnectionExtensions", "IConnection.Close", "Close")
        .Add("RabbitMQ.Client.IModel", "IModel.Close", "Close")
        .Add("RabbitMQ.Client.IModelExensions", "IModel.Close", "Close") // sic: the 6.x extension class name
        .Add("OpenTelemetry.Trace.TracerProviderExtensions", "TracerProvider.ForceFlush/Shutdown", "ForceFlush", "Shutdown")
        .Add("OpenTelemetry.Metrics.MeterProviderExtensions", "MeterProvider.ForceFlush/Shutdown", "ForceFlush", "Shutdown")
        .Add("OpenTelemetry.Logs.LoggerProviderExtensions", "LoggerProvider.ForceFlush/Shutdown", "ForceFlush", "Shutdown")
        .Add("OpenTelemetry.Logs.OpenTelemetryLoggerProvider", "OpenTelemetryLoggerProvider.ForceFlush", "ForceFlush")
        .Add("OpenTelemetry.BaseProcessor`1", "BaseProcessor.ForceFlush/Shutdown", "ForceFlush", "Shutdown")
        .Add("OpenTelemetry.BaseExporter`1", "BaseExporter.ForceFlush/Shutdown", "ForceFlush", "Shutdown")
        .Add("Serilog.Log", "Log.CloseAndFlush", "CloseAndFlush");

    /// <summary>What the message shows for a documented blocking library call, or null.</summary>
    public static string? Find(IMethodSymbol method)
        => Table.Find(method) is { } display
            ? display.Replace("ForceFlush/Shutdown", method.Name)
            : null;
}
