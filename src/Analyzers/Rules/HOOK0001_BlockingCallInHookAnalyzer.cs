using HookAnalyzers.Analyzers.Internals.Blocking;
using HookAnalyzers.Analyzers.Internals.Calls;

namespace HookAnalyzers.Analyzers.Rules;

/// <summary>
/// HOOK0001: a thread-blocking call (Thread.Sleep, Task.Wait, .Result, GetAwaiter().GetResult(),
/// WaitHandle.WaitOne, SemaphoreSlim.Wait, library calls documented to block, the user's
/// <c>hookanalyzers.blocking_methods</c>) in a hook body, or in a method of the compilation the
/// hook calls (up to <see cref="CallDepth"/> methods deep). Reported once, at the call in the hook
/// body, with the chain in the message. Tasks proven complete are not reported (<see cref="Internals.Knowledge.CompletedTasks"/>).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BlockingCallInHookAnalyzer() : HookAnalyzer(DiagnosticDescriptors.BlockingCallInHook)
{
    /// <summary>Diagnostic property: the <see cref="BlockingFixKind"/> the fixer may apply; absent when no fix is safe.</summary>
    public const string FixKindProperty = "FixKind";

    private protected override void Register(AnalysisContext context)
        => HookCalls.RegisterCallSites(context, Analyze);

    private static void Analyze(OperationAnalysisContext context, HookCalls hook)
    {
        var operation = context.Operation;
        if (hook.Graph.Knowledge.FindBlocking(operation) is { } api)
        {
            var properties = api.Fix != BlockingFixKind.None && HookBodyPosition.IsDirectlyInHookBody(operation)
                ? ImmutableDictionary<string, string?>.Empty.Add(FixKindProperty, api.Fix.ToString())
                : ImmutableDictionary<string, string?>.Empty;
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.BlockingCallInHook, MemberLocation.Of(operation), properties, api.Display, hook.HookName));
            return;
        }

        // The call itself does not block, but the method it runs may; no fix: the hook's call is not the problem.
        if (hook.ChainFrom(operation, context.Compilation, Finding.Blocking, context.CancellationToken) is { } chain)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.BlockingCallInHook, MemberLocation.Of(operation), chain.ToString(), hook.HookName));
        }
    }
}
