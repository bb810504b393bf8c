using System.Collections.Concurrent;
using HookAnalyzers.Analyzers.Internals.Knowledge;
using HookAnalyzers.Analyzers.Internals.Blocking;

namespace HookAnalyzers.Analyzers.Internals.Knowledge;

/// <summary>Whether the async twin takes a CancellationToken the synchronous method does not.</summary>
internal enum TwinTokenMode
{
    /// <summary>Only a twin with the same parameters exists.</summary>
    None,

    /// <summary>A twin with a trailing token exists and the token may be left out.</summary>
    Optional,

    /// <summary>The only twin requires a trailing token.</summary>
    Required,
}

/// <summary>A synchronous call and its awaitable twin, e.g. <c>File.WriteAllText</c> / <c>WriteAllTextAsync</c>.</summary>
internal sealed record AsyncTwin(string Display, string TwinName, TwinTokenMode Token);

/// <summary>
/// HOOK0002's lookup, after CA1849: a method named <c>&lt;Name&gt;Async</c> on the same type (or a base
/// type, or the same static class for extension methods) with the same parameters, optionally plus
/// a trailing CancellationToken, returning Task or ValueTask. One instance per compilation caches
/// the answer per method.
/// </summary>
internal sealed class AsyncTwinFinder
{
    /// <summary>
    /// Types whose synchronous members do no I/O, or whose async twin is not worth it in a hook:
    /// in-memory streams and writers, builders, channels and collections, logging, token sources
    /// (CancelAsync only defers callbacks). Matched on the method's type and the receiver's type.
    /// </summary>
    private static readonly HashSet<string> NonBlockingTypes = new(StringComparer.Ordinal)
    {
        "System.IO.MemoryStream",
        "System.IO.UnmanagedMemoryStream",
        "System.IO.StringWriter",
        "System.IO.StringReader",
        "System.Text.StringBuilder",
        "System.Threading.Channels.ChannelWriter",
        "System.Threading.Channels.ChannelReader",
        "System.Threading.CancellationTokenSource",
        "System.Threading.Tasks.Task",
        "System.Threading.Tasks.ValueTask",
        "Microsoft.Extensions.Logging.ILogger",
        "Microsoft.Extensions.Logging.LoggerExtensions",
    };

    /// <summary>Namespaces that hold only in-memory data structures.</summary>
    private static readonly string[] NonBlockingNamespaces =
    {
        "System.Collections",
        "System.Collections.Generic",
        "System.Collections.Concurrent",
        "System.Collections.Immutable",
        "System.Linq",
    };

    private static readonly AsyncTwin NoTwin = new(string.Empty, string.Empty, TwinTokenMode.None);

    private readonly ConcurrentDictionary<IMethodSymbol, AsyncTwin> _byMethod = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<(IMethodSymbol, ITypeSymbol, SyntaxTree), AsyncTwin> _inScope = new(InScopeKeyComparer.Instance);
    private readonly Compilation _compilation;

    public AsyncTwinFinder(Compilation compilation) => _compilation = compilation;

    /// <summary>The twin of a synchronous call, or null (no twin, allowlisted, already async, or HOOK0001's business).</summary>
    public AsyncTwin? Find(IOperation operation)
    {
        if (operation is not IInvocationOperation invocation
            || BlockingApis.Find(invocation) is not null
            || IsNonBlockingReceiver(invocation.Instance)
            || InMemoryData.IsInMemoryCall(invocation))
        {
            return null;
        }

        var twin = _byMethod.GetOrAdd(invocation.TargetMethod, method => Lookup(method) ?? NoTwin);
        if (ReferenceEquals(twin, NoTwin) && ExtensionReceiver(invocation) is { } receiver)
        {
            twin = _inScope.GetOrAdd((invocation.TargetMethod, receiver, invocation.Syntax.SyntaxTree), _ => LookupInScope(invocation, receiver) ?? NoTwin);
        }

        return ReferenceEquals(twin, NoTwin) ? null : twin;
    }

    /// <summary>
    /// The receiver type of an extension call whose twin may live in another static class that the
    /// file imports: EF Core's <c>AnyAsync</c>/<c>ToListAsync</c> in <c>EntityFrameworkQueryableExtensions</c>
    /// for <c>Queryable.Any</c>/<c>Enumerable.ToList</c> over an <c>IQueryable</c>. In-memory receivers
    /// (collections, arrays, strings) are not queried: LINQ over them does no I/O.
    /// </summary>
    private static ITypeSymbol? ExtensionReceiver(IInvocationOperation invocation)
    {
        if (!invocation.TargetMethod.IsExtensionMethod || invocation.Instance is not null || invocation.Arguments.Length == 0)
        {
            return null;
        }

        var receiver = invocation.Arguments[0].Value;
        while (receiver is IConversionOperation conversion)
        {
            receiver = conversion.Operand;
        }

        return receiver.Type is INamedTypeSymbol type && (IsQueryable(type) || !IsNonBlockingReceiver(receiver) && !IsNonBlockingType(invocation.TargetMethod.ContainingType))
            ? type
            : null;
    }

    private static bool IsQueryable(INamedTypeSymbol type)
        => (type.Name == "IQueryable" && type.ContainingNamespace?.ToDisplayString() == "System.Linq")
            || type.AllInterfaces.Any(i => i.Name == "IQueryable" && i.ContainingNamespace?.ToDisplayString() == "System.Linq");

    /// <summary>As the compiler would bind <c>receiver.NameAsync(...)</c> at the call: extension methods of the imported namespaces, reduced to the receiver.</summary>
    private AsyncTwin? LookupInScope(IInvocationOperation invocation, ITypeSymbol receiver)
    {
        var model = invocation.SemanticModel;
        var sync = invocation.TargetMethod;
        if (model is null || sync.Name.EndsWith("Async", StringComparison.Ordinal) || IsAwaitable(sync.ReturnType))
        {
            return null;
        }

        var syncParameters = sync.Parameters.Skip(1).ToList();
        var twinName = sync.Name + "Async";
        var candidates = new TwinCandidates();
        foreach (var symbol in model.LookupSymbols(invocation.Syntax.SpanStart, receiver, twinName, includeReducedExtensionMethods: true))
        {
            if (symbol is IMethodSymbol { ReducedFrom: not null } reduced && IsAwaitable(reduced.ReturnType))
            {
                candidates.Offer(reduced, Compare(syncParameters, reduced.Parameters));
            }
        }

        return candidates.Twin(sync.ContainingType.Name + "." + sync.Name, twinName);
    }


    private AsyncTwin? Lookup(IMethodSymbol method)
    {
        var definition = (method.ReducedFrom ?? method).OriginalDefinition;
        if (definition.Name.EndsWith("Async", StringComparison.Ordinal)
            || IsAwaitable(definition.ReturnType)
            || definition.ContainingType is not { } type
            || IsNonBlockingType(type))
        {
            return null;
        }

        var twinName = definition.Name + "Async";
        var candidates = new TwinCandidates();
        foreach (var candidateType in TypesToSearch(type))
        {
            foreach (var member in candidateType.GetMembers(twinName))
            {
                if (member is IMethodSymbol candidate
                    && candidate.IsStatic == definition.IsStatic
                    && candidate.DeclaredAccessibility is Accessibility.Public or Accessibility.Internal
                    && IsAwaitable(candidate.ReturnType))
                {
                    candidates.Offer(candidate, Compare(definition.Parameters, candidate.Parameters));
                }
            }
        }

        return candidates.Twin(type.Name + "." + definition.Name, twinName);
    }

    private enum ParameterMatch
    {
        No,
        Same,
        PlusToken,
    }

    private ParameterMatch Compare(IReadOnlyList<IParameterSymbol> sync, IReadOnlyList<IParameterSymbol> twin)
    {
        if (twin.Count != sync.Count && twin.Count != sync.Count + 1)
        {
            return ParameterMatch.No;
        }

        for (var i = 0; i < sync.Count; i++)
        {
            // The same arguments must bind: File.WriteAllLines(string, string[]) has the twin WriteAllLinesAsync(string, IEnumerable<string>, CancellationToken).
            if (sync[i].RefKind != RefKind.None || twin[i].RefKind != RefKind.None || !Binds(sync[i].Type, twin[i].Type))
            {
                return ParameterMatch.No;
            }
        }

        return twin.Count == sync.Count
            ? ParameterMatch.Same
            : IsCancellationToken(twin[sync.Count].Type) ? ParameterMatch.PlusToken : ParameterMatch.No;
    }

    /// <summary>An argument of the sync parameter's type binds to the twin's parameter; method type parameters match by position (Serialize&lt;T&gt; / SerializeAsync&lt;T&gt;).</summary>
    private bool Binds(ITypeSymbol sync, ITypeSymbol twin)
        => sync is ITypeParameterSymbol { TypeParameterKind: TypeParameterKind.Method } syncParameter
            ? twin is ITypeParameterSymbol { TypeParameterKind: TypeParameterKind.Method } twinParameter && syncParameter.Ordinal == twinParameter.Ordinal
            : _compilation.HasImplicitConversion(sync, twin);

    private static IEnumerable<INamedTypeSymbol> TypesToSearch(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            yield return current;
        }

        if (type.TypeKind == TypeKind.Interface)
        {
            foreach (var inherited in type.AllInterfaces)
            {
                yield return inherited;
            }
        }
    }

    private static bool IsNonBlockingReceiver(IOperation? instance)
    {
        while (instance is IConversionOperation conversion)
        {
            instance = conversion.Operand;
        }

        for (var type = instance?.Type as INamedTypeSymbol; type is not null; type = type.BaseType)
        {
            if (IsNonBlockingType(type))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNonBlockingType(INamedTypeSymbol type)
    {
        var ns = type.ContainingNamespace?.ToDisplayString() ?? string.Empty;
        return NonBlockingTypes.Contains(ns + "." + type.Name) || Array.IndexOf(NonBlockingNamespaces, ns) >= 0;
    }

    private static bool IsAwaitable(ITypeSymbol type)
        => type is INamedTypeSymbol { Name: "Task" or "ValueTask" or "IAsyncEnumerable" } named
            && named.ContainingNamespace?.ToDisplayString() is "System.Threading.Tasks" or "System.Collections.Generic";

    private static bool IsCancellationToken(ITypeSymbol type)
        => type is INamedTypeSymbol { Name: "CancellationToken" } named && named.ContainingNamespace?.ToDisplayString() == "System.Threading";

    private sealed class InScopeKeyComparer : IEqualityComparer<(IMethodSymbol Method, ITypeSymbol Receiver, SyntaxTree Tree)>
    {
        public static readonly InScopeKeyComparer Instance = new();

        public bool Equals((IMethodSymbol Method, ITypeSymbol Receiver, SyntaxTree Tree) x, (IMethodSymbol Method, ITypeSymbol Receiver, SyntaxTree Tree) y)
            => SymbolEqualityComparer.Default.Equals(x.Method, y.Method) && SymbolEqualityComparer.Default.Equals(x.Receiver, y.Receiver) && x.Tree == y.Tree;

        public int GetHashCode((IMethodSymbol Method, ITypeSymbol Receiver, SyntaxTree Tree) key)
            => (SymbolEqualityComparer.Default.GetHashCode(key.Method) * 397) ^ SymbolEqualityComparer.Default.GetHashCode(key.Receiver) ^ key.Tree.GetHashCode();
    }

    /// <summary>What the twins found so far allow: an exact twin, a twin with a trailing token (optional or required).</summary>
    private sealed class TwinCandidates
    {
        private bool _exact;
        private bool _withToken;
        private bool _tokenOptional;

        public void Offer(IMethodSymbol candidate, ParameterMatch match)
        {
            switch (match)
            {
                case ParameterMatch.Same:
                    _exact = true;
                    break;
                case ParameterMatch.PlusToken:
                    _withToken = true;
                    _tokenOptional |= candidate.Parameters[candidate.Parameters.Length - 1].IsOptional;
                    break;
            }
        }

        public AsyncTwin? Twin(string display, string twinName)
        {
            if (!_exact && !_withToken)
            {
                return null;
            }

            var mode = _withToken ? (_exact || _tokenOptional ? TwinTokenMode.Optional : TwinTokenMode.Required) : TwinTokenMode.None;
            return new AsyncTwin(display, twinName, mode);
        }
    }
}
