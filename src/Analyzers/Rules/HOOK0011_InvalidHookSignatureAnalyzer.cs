using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace HookAnalyzers.Analyzers.Rules;

/// <summary>
/// HOOK0011: reports every <see cref="SignatureProblem"/> of the shared <see cref="HookMethodParser"/>.
/// The generator skips such methods without a word, so without this rule the hook silently never runs.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InvalidHookSignatureAnalyzer() : HookAnalyzer(DiagnosticDescriptors.InvalidHookSignature)
{
    private protected override void Register(AnalysisContext context)
    {
        HookRule.RegisterHookMethods(context, AnalyzeMethod);
        context.RegisterCompilationStartAction(start =>
        {
            if (HookSymbols.TryCreate(start.Compilation) is not { } symbols)
            {
                return;
            }

            start.RegisterSyntaxNodeAction(nodeContext => AnalyzeLocalFunction(nodeContext, symbols), SyntaxKind.LocalFunctionStatement);
        });
    }

    /// <summary>The attributes allow local functions, but the generator only looks at methods of types.</summary>
    private static void AnalyzeLocalFunction(SyntaxNodeAnalysisContext context, HookSymbols symbols)
    {
        var syntax = (LocalFunctionStatementSyntax)context.Node;
        if (syntax.AttributeLists.Count > 0
            && context.SemanticModel.GetDeclaredSymbol(syntax, context.CancellationToken) is IMethodSymbol local
            && symbols.GetHook(local) is { } hook)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                DiagnosticDescriptors.InvalidHookSignature,
                syntax.Identifier.GetLocation(),
                $"Local function '{local.Name}' is marked [{hook.Kind.ToAttributeName()}], but hooks are methods of a type"));
        }
    }

    private static void AnalyzeMethod(SymbolAnalysisContext context, HookMethod hook)
    {
        var method = hook.Symbol;
        foreach (var problem in HookMethodParser.Parse(method, hook.Attribute, hook.Kind).Problems)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidHookSignature, LocationOf(problem, method), problem.Message));
        }
    }

    /// <summary>The offending parameter for parameter problems (the parser's message names it), else the method name.</summary>
    private static Location LocationOf(SignatureProblem problem, IMethodSymbol method)
    {
        if (problem.Kind == SignatureProblemKind.Parameter
            && method.Parameters.FirstOrDefault(p => problem.Message.StartsWith($"Parameter '{p.Name}' ", System.StringComparison.Ordinal)) is { } parameter
            && parameter.Locations.FirstOrDefault(l => l.IsInSource) is { } parameterLocation)
        {
            return parameterLocation;
        }

        return method.Locations.FirstOrDefault(l => l.IsInSource) ?? Location.None;
    }
}
