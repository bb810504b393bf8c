namespace HookAnalyzers.Analyzers.Internals;

/// <summary>
/// Base of every rule's analyzer: one rule, one descriptor (from <see cref="DiagnosticDescriptors"/>),
/// concurrent, and never run on generated code (the generator's output declares no hooks and calls
/// nothing the rules look for; its own tests keep it clean). The rule registers its actions in
/// <see cref="Register"/>, through <see cref="HookRule"/>.
/// </summary>
public abstract class HookAnalyzer : DiagnosticAnalyzer
{
    private protected HookAnalyzer(DiagnosticDescriptor rule)
    {
        Rule = rule;
        SupportedDiagnostics = ImmutableArray.Create(rule);
    }

    public sealed override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    /// <summary>The one descriptor this analyzer reports.</summary>
    private protected DiagnosticDescriptor Rule { get; }

    public sealed override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        Register(context);
    }

    private protected abstract void Register(AnalysisContext context);
}
