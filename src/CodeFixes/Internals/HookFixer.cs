namespace HookAnalyzers.CodeFixes.Internals;

/// <summary>
/// Base of every rule's fixer: the one rule it fixes and the equivalence key of its fix
/// (<c>&lt;id&gt;_&lt;Fix&gt;</c>), which Fix All and <c>dotnet format</c> group by. Fix All is the
/// batch fixer unless the rule needs one pass per document (<see cref="AsyncRewriting.AwaitFixer"/>).
/// </summary>
public abstract class HookFixer : CodeFixProvider
{
    private protected HookFixer(string id, string fix)
    {
        FixableDiagnosticIds = ImmutableArray.Create(id);
        EquivalenceKey = id + "_" + fix;
    }

    public sealed override ImmutableArray<string> FixableDiagnosticIds { get; }

    private protected string EquivalenceKey { get; }

    public override FixAllProvider? GetFixAllProvider() => new SingleKindBatchFixer(EquivalenceKey);
}
