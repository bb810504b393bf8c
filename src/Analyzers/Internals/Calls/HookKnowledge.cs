using HookAnalyzers.Analyzers.Rules;
using HookAnalyzers.Analyzers.Internals.Blocking;
using HookAnalyzers.Analyzers.Internals.Knowledge;

namespace HookAnalyzers.Analyzers.Internals.Calls;

/// <summary>
/// What HOOK0001, HOOK0002 and HOOK0009 recognise in one operation, with the BCL knowledge, the
/// library catalogues and the user's .editorconfig lists for the operation's file. One instance
/// per compilation (it caches twin lookups), owned by <see cref="HookCallGraph"/>.
/// </summary>
internal sealed class HookKnowledge
{
    private readonly AnalyzerConfigOptionsProvider _options;
    private readonly AsyncTwinFinder _twins;

    public HookKnowledge(Compilation compilation, AnalyzerConfigOptionsProvider options)
    {
        _options = options;
        _twins = new AsyncTwinFinder(compilation);
    }

    /// <summary>A call that blocks the thread, unless the task it waits for has certainly completed or the wait has a zero timeout.</summary>
    public BlockingApi? FindBlocking(IOperation operation)
        => BlockingApis.Find(operation, User(operation)) is { } api && !CompletedTasks.IsProvenComplete(operation)
            ? api
            : null;

    /// <summary>A synchronous call with an async twin that does real I/O.</summary>
    public AsyncTwin? FindTwin(IOperation operation)
        => operation is IInvocationOperation && BlockingApis.Find(operation, User(operation)) is null ? _twins.Find(operation) : null;

    /// <summary>A durable effect a second delivery repeats (guards are the caller's business).</summary>
    public DurableEffect? FindEffect(IOperation operation, DurableEffects.BodyFacts facts)
        => operation is IInvocationOperation or IObjectCreationOperation ? DurableEffects.Classify(operation, facts, User(operation)) : null;

    private UserCatalogue User(IOperation operation) => UserCatalogue.For(_options, operation.Syntax.SyntaxTree);
}
