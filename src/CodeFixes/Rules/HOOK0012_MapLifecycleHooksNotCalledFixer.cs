using HookAnalyzers.Generators.Parsing;

namespace HookAnalyzers.CodeFixes.Rules;

/// <summary>HOOK0012: adds <c>app.MapLifecycleHooks();</c> right after <c>var app = builder.Build();</c>.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MapLifecycleHooksNotCalledFixer)), Shared]
public sealed class MapLifecycleHooksNotCalledFixer : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.MapLifecycleHooksNotCalled);

    // One diagnostic per project: Fix All in solution fixes every app of the solution (and lets `dotnet format` apply it).
    public override FixAllProvider GetFixAllProvider() => new SingleKindBatchFixer(nameof(MapLifecycleHooksNotCalledFixer));

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
        => WiringFixer.RegisterAsync(context, KnownNames.MapLifecycleHooks, nameof(MapLifecycleHooksNotCalledFixer));
}
