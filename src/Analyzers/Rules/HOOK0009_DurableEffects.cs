using System.Collections.Generic;
using System.Linq;
using System;
using HookAnalyzers.Analyzers.Internals;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis;

namespace HookAnalyzers.Analyzers.Rules;

/// <summary>
/// The catalogue of durable effects that a second delivery of a hook repeats (kubelet delivery
/// is at least once). Each entry answers "why is doing this twice a problem", which becomes the
/// diagnostic message. Types are matched by metadata name, so no package has to be referenced.
/// </summary>
internal static class DurableEffects
{
    private const string FileType = "System.IO.File";
    private const string FileInfoType = "System.IO.FileInfo";
    private const string FileModeType = "System.IO.FileMode";
    private const string StreamWriterType = "System.IO.StreamWriter";
    private const string HttpClientType = "System.Net.Http.HttpClient";
    private const string HttpClientJsonType = "System.Net.Http.Json.HttpClientJsonExtensions";
    private const string HttpMethodType = "System.Net.Http.HttpMethod";

    private const int FileModeCreateNew = 1;
    private const int FileModeAppend = 6;

    private static readonly HashSet<string> FileAppends = new(StringComparer.Ordinal)
    {
        "AppendAllText", "AppendAllTextAsync", "AppendAllLines", "AppendAllLinesAsync", "AppendText",
        "AppendAllBytes", "AppendAllBytesAsync",
    };

    /// <summary>Publish/produce/increment methods of well-known clients: (declaring type metadata name, method names).</summary>
    private static readonly Dictionary<string, string[]> Messaging = new(StringComparer.Ordinal)
    {
        ["MassTransit.IPublishEndpoint"] = new[] { "Publish", "PublishBatch" },
        ["MassTransit.ISendEndpoint"] = new[] { "Send", "SendBatch" },
        ["RabbitMQ.Client.IModel"] = new[] { "BasicPublish" },
        ["RabbitMQ.Client.IModelExensions"] = new[] { "BasicPublish" }, // sic: the 6.x extension class name
        ["RabbitMQ.Client.IChannel"] = new[] { "BasicPublishAsync" },
        ["RabbitMQ.Client.IChannelExtensions"] = new[] { "BasicPublishAsync" },
        ["Confluent.Kafka.IProducer`2"] = new[] { "Produce", "ProduceAsync" },
        ["Azure.Messaging.ServiceBus.ServiceBusSender"] = new[] { "SendMessageAsync", "SendMessagesAsync", "ScheduleMessageAsync" },
        ["Amazon.SQS.IAmazonSQS"] = new[] { "SendMessageAsync", "SendMessageBatchAsync" },
        ["Amazon.SQS.AmazonSQSClient"] = new[] { "SendMessageAsync", "SendMessageBatchAsync" },
        ["Amazon.SimpleNotificationService.IAmazonSimpleNotificationService"] = new[] { "PublishAsync" },
        ["Amazon.SimpleNotificationService.AmazonSimpleNotificationServiceClient"] = new[] { "PublishAsync" },
        ["StackExchange.Redis.IDatabase"] = RedisCounters,
        ["StackExchange.Redis.IDatabaseAsync"] = RedisCounters,
        ["StackExchange.Redis.ISubscriber"] = new[] { "Publish", "PublishAsync" },
    };

    private static string[] RedisCounters => new[]
    {
        "StringIncrement", "StringIncrementAsync", "StringDecrement", "StringDecrementAsync",
        "HashIncrement", "HashIncrementAsync", "HashDecrement", "HashDecrementAsync",
        "ListRightPush", "ListRightPushAsync", "ListLeftPush", "ListLeftPushAsync",
        "StreamAdd", "StreamAddAsync", "SortedSetIncrement", "SortedSetIncrementAsync",
    };

    /// <summary>Facts about the whole hook body that decide some entries.</summary>
    internal sealed class BodyFacts
    {
        /// <summary>The method sets an <c>Idempotency-Key</c> header somewhere (request or client defaults).</summary>
        public bool SetsIdempotencyKey { get; set; }

        /// <summary>The method builds a POST or PATCH request (for SendAsync).</summary>
        public bool UsesPostOrPatch { get; set; }

        public static BodyFacts Of(IEnumerable<IOperation> operations)
        {
            var facts = new BodyFacts();
            foreach (var operation in operations)
            {
                if (operation.ConstantValue is { HasValue: true, Value: string text }
                    && text.IndexOf("Idempotency-Key", StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    facts.SetsIdempotencyKey = true;
                }

                if (operation is IPropertyReferenceOperation { Property.Name: "Post" or "Patch" } property
                    && FullName(property.Property.ContainingType) == HttpMethodType)
                {
                    facts.UsesPostOrPatch = true;
                }

                if (operation is IObjectCreationOperation creation && FullName(creation.Type) == HttpMethodType
                    && creation.Arguments.Any(a => a.Value.ConstantValue.Value is string verb
                        && (verb.Equals("POST", StringComparison.OrdinalIgnoreCase) || verb.Equals("PATCH", StringComparison.OrdinalIgnoreCase))))
                {
                    facts.UsesPostOrPatch = true;
                }
            }

            return facts;
        }
    }

    /// <summary>Why repeating <paramref name="operation"/> is harmful, or null when it is not a durable effect.</summary>
    public static string? Classify(IOperation operation, BodyFacts facts)
        => operation switch
        {
            IInvocationOperation invocation => ClassifyCall(invocation.TargetMethod, invocation.Arguments, facts),
            IObjectCreationOperation { Constructor: { } constructor } creation => ClassifyCall(constructor, creation.Arguments, facts),
            _ => null,
        };

    private static string? ClassifyCall(IMethodSymbol method, IEnumerable<IArgumentOperation> arguments, BodyFacts facts)
    {
        var type = FullName(method.ContainingType);
        var name = method.Name;
        var args = arguments.ToList();

        if (type == FileType && FileAppends.Contains(name))
        {
            return $"File.{name} appends the same data again";
        }

        if ((type == FileType && name is "Move" or "Copy") || (type == FileInfoType && name is "MoveTo" or "CopyTo"))
        {
            return IsOverwriteAllowed(args)
                ? null
                : $"{method.ContainingType.Name}.{name} without overwrite throws IOException when the destination already exists from the first delivery";
        }

        if (type.StartsWith("System.IO.", StringComparison.Ordinal) && FileModeOf(args) is { } mode)
        {
            return mode == FileModeAppend
                ? "FileMode.Append appends the same data again"
                : "FileMode.CreateNew throws IOException when the file already exists from the first delivery";
        }

        if (type == StreamWriterType && method.MethodKind == MethodKind.Constructor && args.Any(a => a.Parameter?.Name == "append" && a.Value.ConstantValue.Value is true))
        {
            return "a StreamWriter with append: true appends the same data again";
        }

        if (IsNonIdempotentHttp(type, name, facts))
        {
            return $"HttpClient.{name} sends POST/PATCH without an Idempotency-Key header, so the server cannot tell a second delivery from a new request";
        }

        return IsMessaging(method)
            ? $"{method.ContainingType.Name}.{name} publishes or counts again in an external system"
            : null;
    }

    /// <summary>A File.Move/Copy or FileInfo.MoveTo/CopyTo that has an overload with <c>overwrite</c> (the fixer adds it).</summary>
    public static bool IsMoveOrCopyWithoutOverwrite(IOperation operation)
        => operation is IInvocationOperation invocation
            && invocation.TargetMethod is var method
            && ((FullName(method.ContainingType) == FileType && method.Name is "Move" or "Copy")
                || (FullName(method.ContainingType) == FileInfoType && method.Name is "MoveTo" or "CopyTo"))
            && !IsOverwriteAllowed(invocation.Arguments.ToList());

    private static bool IsNonIdempotentHttp(string type, string name, BodyFacts facts)
    {
        if (facts.SetsIdempotencyKey)
        {
            return false;
        }

        return (type == HttpClientType && (name is "PostAsync" or "PatchAsync" || (name == "SendAsync" && facts.UsesPostOrPatch)))
            || (type == HttpClientJsonType && name is "PostAsJsonAsync" or "PatchAsJsonAsync");
    }

    private static bool IsMessaging(IMethodSymbol method)
    {
        // Interface methods are matched on the declaring interface, so IBus.Publish (inherited from IPublishEndpoint) matches too.
        var declaring = method.OriginalDefinition.ContainingType;
        return Messaging.TryGetValue(FullName(declaring), out var names) && names.Contains(method.Name, StringComparer.Ordinal);
    }

    /// <summary>True for an overwrite argument that is true or not a constant (the user decides at run time).</summary>
    private static bool IsOverwriteAllowed(List<IArgumentOperation> args)
    {
        var overwrite = args.FirstOrDefault(a => a.Parameter?.Name == "overwrite");
        return overwrite is not null && overwrite.Value.ConstantValue.Value is not false;
    }

    private static int? FileModeOf(List<IArgumentOperation> args)
    {
        foreach (var argument in args)
        {
            if (argument.Parameter is { } parameter && FullName(parameter.Type) == FileModeType
                && argument.Value.ConstantValue.Value is int mode && mode is FileModeAppend or FileModeCreateNew)
            {
                return mode;
            }
        }

        return null;
    }

    /// <summary>Namespace-qualified metadata name: <c>Confluent.Kafka.IProducer`2</c>.</summary>
    public static string FullName(ITypeSymbol? type)
    {
        if (type is null)
        {
            return string.Empty;
        }

        var containing = type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() + "." : string.Empty;
        return containing + type.MetadataName;
    }
}
