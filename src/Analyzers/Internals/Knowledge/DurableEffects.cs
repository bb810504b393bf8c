using HookAnalyzers.Analyzers.Internals.Knowledge;
using HookAnalyzers.Analyzers.Internals.Blocking;

namespace HookAnalyzers.Analyzers.Internals.Knowledge;

/// <summary>
/// The catalogue of durable effects that a second delivery of a hook repeats (kubelet delivery
/// is at least once): files and HTTP here, libraries in <see cref="LibraryEffects"/> and
/// <see cref="EntityFrameworkEffects"/>, the user's own methods in <see cref="UserCatalogue"/>.
/// Each entry answers "why is doing this twice a problem", which becomes the diagnostic message.
/// </summary>
internal static class DurableEffects
{
    private const string FileType = "System.IO.File";
    private const string FileInfoType = "System.IO.FileInfo";
    private const string FileModeType = "System.IO.FileMode";
    private const string StreamWriterType = "System.IO.StreamWriter";
    private const string HttpClientType = "System.Net.Http.HttpClient";
    private const string HttpClientJsonType = "System.Net.Http.Json.HttpClientJsonExtensions";

    private const int FileModeCreateNew = 1;
    private const int FileModeAppend = 6;

    private static readonly HashSet<string> FileAppends = new(StringComparer.Ordinal)
    {
        "AppendAllText", "AppendAllTextAsync", "AppendAllLines", "AppendAllLinesAsync", "AppendText",
        "AppendAllBytes", "AppendAllBytesAsync",
    };

    /// <summary>Facts about a whole body that decide some entries.</summary>
    internal sealed class BodyFacts
    {
        private readonly List<int> _addPositions = new();

        /// <summary>The body sets an <c>Idempotency-Key</c> header somewhere (request or client defaults).</summary>
        public bool SetsIdempotencyKey { get; private set; }

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

                if (operation is IInvocationOperation invocation && EntityFrameworkEffects.IsAdd(invocation.TargetMethod))
                {
                    facts._addPositions.Add(invocation.Syntax.SpanStart);
                }
            }

            return facts;
        }

        /// <summary>An entity is added (EF Core) before this position in the body.</summary>
        public bool AddsBefore(int position) => _addPositions.Any(p => p < position);
    }

    /// <summary>The durable effect of <paramref name="operation"/>, or null when it has none.</summary>
    public static DurableEffect? Classify(IOperation operation, BodyFacts facts, UserCatalogue user)
        => operation switch
        {
            IInvocationOperation invocation => ClassifyCall(invocation.TargetMethod, invocation.Arguments, facts, user)
                ?? EntityFrameworkEffects.Find(invocation, facts.AddsBefore(invocation.Syntax.SpanStart)),
            IObjectCreationOperation { Constructor: { } constructor } creation => ClassifyCall(constructor, creation.Arguments, facts, user),
            _ => null,
        };

    private static DurableEffect? ClassifyCall(IMethodSymbol method, IEnumerable<IArgumentOperation> arguments, BodyFacts facts, UserCatalogue user)
    {
        var type = MetadataNames.Of(method.ContainingType);
        var name = method.Name;
        var args = arguments.ToList();

        if (type == FileType && FileAppends.Contains(name))
        {
            return File($"File.{name} appends the same data again");
        }

        if ((type == FileType && name is "Move" or "Copy") || (type == FileInfoType && name is "MoveTo" or "CopyTo"))
        {
            return IsOverwriteAllowed(args)
                ? null
                : File($"{method.ContainingType.Name}.{name} without overwrite throws IOException when the destination already exists from the first delivery");
        }

        if (type.StartsWith("System.IO.", StringComparison.Ordinal) && FileModeOf(args) is { } mode)
        {
            return File(mode == FileModeAppend
                ? "FileMode.Append appends the same data again"
                : "FileMode.CreateNew throws IOException when the file already exists from the first delivery");
        }

        if (type == StreamWriterType && method.MethodKind == MethodKind.Constructor && args.Any(a => a.Parameter?.Name == "append" && a.Value.ConstantValue.Value is true))
        {
            return File("a StreamWriter with append: true appends the same data again");
        }

        if (!facts.SetsIdempotencyKey && IsNonIdempotentHttp(type, name, args))
        {
            return new DurableEffect(EffectKind.Http, $"HttpClient.{name} sends POST/PATCH without an Idempotency-Key header, so the server cannot tell a second delivery from a new request");
        }

        if (LibraryEffects.Find(method, replaces: args.Any(a => a.Parameter?.Name == "replace" && a.Value.ConstantValue.Value is true)) is { } library)
        {
            return library;
        }

        return user.IsDurableEffect(method)
            ? new DurableEffect(EffectKind.Listed, $"{method.ContainingType.Name}.{name} is listed in {UserCatalogue.DurableEffectMethodsOption}")
            : null;
    }

    private static DurableEffect File(string reason) => new(EffectKind.File, reason);

    /// <summary>A File.Move/Copy or FileInfo.MoveTo/CopyTo that has an overload with <c>overwrite</c> (the fixer adds it).</summary>
    public static bool IsMoveOrCopyWithoutOverwrite(IOperation operation)
        => operation is IInvocationOperation invocation
            && invocation.TargetMethod is var method
            && ((MetadataNames.Of(method.ContainingType) == FileType && method.Name is "Move" or "Copy")
                || (MetadataNames.Of(method.ContainingType) == FileInfoType && method.Name is "MoveTo" or "CopyTo"))
            && !IsOverwriteAllowed(invocation.Arguments.ToList());

    /// <summary>PostAsync/PatchAsync and their JSON forms, or Send(Async) of a request the body builds as POST or PATCH.</summary>
    private static bool IsNonIdempotentHttp(string type, string name, List<IArgumentOperation> args)
        => (type == HttpClientType && (name is "PostAsync" or "PatchAsync" || (name is "SendAsync" or "Send" && args.Count > 0 && HttpRequests.IsPostOrPatch(args[0].Value))))
            || (type == HttpClientJsonType && name is "PostAsJsonAsync" or "PatchAsJsonAsync");

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
            if (argument.Parameter is { } parameter && MetadataNames.Of(parameter.Type) == FileModeType
                && argument.Value.ConstantValue.Value is int mode && mode is FileModeAppend or FileModeCreateNew)
            {
                return mode;
            }
        }

        return null;
    }
}
