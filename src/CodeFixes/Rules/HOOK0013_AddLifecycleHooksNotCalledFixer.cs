using HookAnalyzers.Generators.Parsing;

namespace HookAnalyzers.CodeFixes.Rules;

/// <summary>HOOK0013: adds <c>builder.AddLifecycleHooks();</c> right after <c>var builder = WebApplication.CreateBuilder(args);</c>.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddLifecycleHooksNotCalledFixer)), Shared]
public sealed class AddLifecycleHooksNotCalledFixer() : HookFixer(DiagnosticIds.AddLifecycleHooksNotCalled, "CallAddLifecycleHooks")
{
    public override Task RegisterCodeFixesAsync(CodeFixContext context)
        => WiringFixer.RegisterAsync(context, KnownNames.AddLifecycleHooks, EquivalenceKey);
}
