using HookAnalyzers.Generators.Parsing;

namespace HookAnalyzers.CodeFixes.Rules;

/// <summary>HOOK0013: adds <c>builder.AddLifecycleHooks();</c> right after <c>var builder = WebApplication.CreateBuilder(args);</c>.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddLifecycleHooksNotCalledFixer)), Shared]
public sealed class AddLifecycleHooksNotCalledFixer : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.AddLifecycleHooksNotCalled);

    // One diagnostic per project: Fix All in solution fixes every app of the solution (and lets `dotnet format` apply it).
    public override FixAllProvider GetFixAllProvider() => new SingleKindBatchFixer(nameof(AddLifecycleHooksNotCalledFixer));

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
        => WiringFixer.RegisterAsync(context, KnownNames.AddLifecycleHooks, nameof(AddLifecycleHooksNotCalledFixer));
}
