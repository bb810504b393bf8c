using HookAnalyzers.Analyzers.Internals.Blocking;
using HookAnalyzers.Analyzers.Internals.Calls;

namespace HookAnalyzers.Analyzers.Rules;

/// <summary>
/// HOOK0002: a synchronous call with an awaitable twin (<c>Stream.Flush</c> / <c>FlushAsync</c>,
/// <c>File.WriteAllText</c> / <c>WriteAllTextAsync</c>, <c>SaveChanges</c> / <c>SaveChangesAsync</c>)
/// in a hook body or, like HOOK0001, in the compilation's methods the hook calls. In-memory types
/// (MemoryStream, StringWriter, readers and serializers over them, collections, channels, logging,
/// EF Core's DbSet.Add) are never reported. A twin may live in another static class the file
/// imports (EF Core's <c>AnyAsync</c> for <c>Queryable.Any</c> over an <c>IQueryable</c>).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SyncApiWithAsyncTwinAnalyzer() : HookAnalyzer(DiagnosticDescriptors.SyncApiWithAsyncTwin)
{
    /// <summary>Diagnostic property: the twin's name; present only when the fixer may rewrite the call.</summary>
    public const string TwinNameProperty = "TwinName";

    /// <summary>Diagnostic property: the <see cref="Internals.Knowledge.TwinTokenMode"/> of the twin.</summary>
    public const string TokenModeProperty = "TokenMode";

    private protected override void Register(AnalysisContext context)
        => HookCalls.RegisterCallSites(context, Analyze);

    private static void Analyze(OperationAnalysisContext context, HookCalls hook)
    {
        var operation = context.Operation;
        if (hook.Graph.Knowledge.FindTwin(operation) is { } twin)
        {
            var properties = HookBodyPosition.IsDirectlyInHookBody(operation)
                ? ImmutableDictionary<string, string?>.Empty
                    .Add(TwinNameProperty, twin.TwinName)
                    .Add(TokenModeProperty, twin.Token.ToString())
                : ImmutableDictionary<string, string?>.Empty;
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.SyncApiWithAsyncTwin, MemberLocation.Of(operation), properties, twin.Display, hook.HookName, twin.TwinName));
            return;
        }

        if (hook.ChainFrom(operation, context.Compilation, Finding.SyncTwin, context.CancellationToken) is { } chain)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.SyncApiWithAsyncTwin, MemberLocation.Of(operation), chain.ToString(), hook.HookName, TwinOf(chain.Api)));
        }
    }

    /// <summary><c>Stream.Flush</c> -> <c>FlushAsync</c>: the chain keeps the display text only.</summary>
    private static string TwinOf(string api) => api.Substring(api.LastIndexOf('.') + 1) + "Async";
}
