using HookAnalyzers.Generators.Parsing;

namespace HookAnalyzers.CodeFixes.Rules;

/// <summary>HOOK0012: adds <c>app.MapLifecycleHooks();</c> right after <c>var app = builder.Build();</c>.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MapLifecycleHooksNotCalledFixer)), Shared]
public sealed class MapLifecycleHooksNotCalledFixer() : HookFixer(DiagnosticIds.MapLifecycleHooksNotCalled, "CallMapLifecycleHooks")
{
    public override Task RegisterCodeFixesAsync(CodeFixContext context)
        => WiringFixer.RegisterAsync(context, KnownNames.MapLifecycleHooks, EquivalenceKey);
}
