using System.Collections.Immutable;
using HookAnalyzers.Analyzers.Internals;
using HookAnalyzers.Analyzers.Internals.Blocking;
using HookAnalyzers.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HookAnalyzers.Analyzers.Rules;

/// <summary>
/// HOOK0002: a synchronous call with an awaitable twin (<c>Stream.Flush</c> / <c>FlushAsync</c>,
/// <c>File.WriteAllText</c> / <c>WriteAllTextAsync</c>, <c>SaveChanges</c> / <c>SaveChangesAsync</c>)
/// in a hook body or, like HOOK0001, in the compilation's methods the hook calls. In-memory types
/// (MemoryStream, StringWriter, collections, channels, logging...) are never reported.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SyncApiWithAsyncTwinAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Diagnostic property: the twin's name; present only when the fixer may rewrite the call.</summary>
    public const string TwinNameProperty = "TwinName";

    /// <summary>Diagnostic property: the <see cref="TwinTokenMode"/> of the twin.</summary>
    public const string TokenModeProperty = "TokenMode";

    internal static readonly DiagnosticDescriptor Rule = RuleDescriptor.Create(
        DiagnosticIds.SyncApiWithAsyncTwin,
        title: "Synchronous API with an async twin in a lifecycle hook",
        messageFormat: "{0} runs synchronously in hook '{1}'; await {2} instead",
        DiagnosticCategories.Reliability,
        DiagnosticSeverity.Warning,
        description: "Synchronous I/O holds a thread for as long as the disk, database or network takes, and does not observe the hook's CancellationToken. The kubelet does not time hooks out and preStop time comes out of the grace period, so a slow synchronous call can eat the whole budget. Use the Async twin and pass the token.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        HookRule.RegisterHookBodies(
            context,
            static (compilation, _, _) =>
            {
                var twins = new AsyncTwinFinder(compilation);
                return new State(twins, new CallGraph(compilation, operation => twins.Find(operation)?.Display));
            },
            static (block, hook, state) =>
            {
                var depth = BlockingCallDepth.Read(block.Options, hook.Symbol.DeclaringSyntaxReferences[0].SyntaxTree);
                block.RegisterOperationAction(
                    operation => Analyze(operation, state.Twins, state.Graph, depth, hook.DisplayName),
                    OperationKind.Invocation,
                    OperationKind.PropertyReference,
                    OperationKind.ObjectCreation);
            });
    }

    private static void Analyze(OperationAnalysisContext context, AsyncTwinFinder twins, CallGraph graph, int depth, string hookName)
    {
        var operation = context.Operation;
        if (twins.Find(operation) is { } twin)
        {
            var properties = HookBodyPosition.IsDirectlyInHookBody(operation)
                ? ImmutableDictionary<string, string?>.Empty
                    .Add(TwinNameProperty, twin.TwinName)
                    .Add(TokenModeProperty, twin.Token.ToString())
                : ImmutableDictionary<string, string?>.Empty;
            context.ReportDiagnostic(Diagnostic.Create(Rule, operation.Syntax.GetLocation(), properties, twin.Display, hookName, twin.TwinName));
            return;
        }

        if (FollowableCalls.Callee(operation, context.Compilation) is { } callee
            && graph.FindChain(callee, depth, context.CancellationToken) is { } chain)
        {
            context.ReportDiagnostic(Diagnostic.Create(Rule, operation.Syntax.GetLocation(), chain.ToString(), hookName, TwinOf(chain.Api)));
        }
    }

    /// <summary><c>Stream.Flush</c> -> <c>FlushAsync</c>: the chain keeps the display text only.</summary>
    private static string TwinOf(string api) => api.Substring(api.LastIndexOf('.') + 1) + "Async";

    /// <summary>Per compilation: the twin lookup and the call graph that follows calls with it.</summary>
    private sealed record State(AsyncTwinFinder Twins, CallGraph Graph);
}
