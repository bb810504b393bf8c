namespace HookAnalyzers.Analyzers.Rules;

/// <summary>
/// HOOK0008: a hook takes a CancellationToken but does not pass it to a call that accepts one.
/// The generated runtime cancels that token at the method's timeout and when the host stops;
/// a call that never sees it runs on, and the runtime abandons the hook while the call still
/// holds connections, files or locks (and the kubelet's grace period keeps counting).
/// Only the hook's own token parameter is used: a field or a local token is not tied to the
/// hook's timeout. <c>CancellationToken.None</c> or <c>default</c> passed where the hook's token is
/// at hand is reported too. Calls inside a lambda or local function with its own token, or a static
/// one (it cannot capture the hook's token), are left alone.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class CancellationTokenNotPassedAnalyzer() : HookAnalyzer(DiagnosticDescriptors.CancellationTokenNotPassed)
{
    /// <summary>Diagnostic properties read by the fixer.</summary>
    public const string TokenProperty = "Token";
    public const string ParameterNameProperty = "ParameterName";
    public const string NamedProperty = "Named";
    public const string ReplaceProperty = "Replace";

    private protected override void Register(AnalysisContext context)
        => HookRule.RegisterHookBodies(
            context,
            static (compilation, _, _) => compilation.GetTypeByMetadataName(KnownNames.CancellationToken),
            static (block, hook, cancellationToken) =>
            {
                if (hook.Symbol.Parameters.FirstOrDefault(p => CancellationTokenOverloadFinder.IsToken(p.Type, cancellationToken)) is { } token)
                {
                    block.RegisterOperationAction(
                        operation => Analyze(operation, hook.Symbol, token, hook.DisplayName, cancellationToken),
                        OperationKind.Invocation);
                }
            });

    private static void Analyze(OperationAnalysisContext context, IMethodSymbol hook, IParameterSymbol token, string hookName, INamedTypeSymbol cancellationToken)
    {
        var invocation = (IInvocationOperation)context.Operation;
        if (!TokenIsReachable(invocation, cancellationToken)
            || CancellationTokenOverloadFinder.Find(invocation, cancellationToken, hook.ContainingType, context.Compilation) is not { } slot)
        {
            return;
        }

        var properties = ImmutableDictionary<string, string?>.Empty
            .Add(TokenProperty, token.Name)
            .Add(ParameterNameProperty, slot.ParameterName)
            .Add(NamedProperty, slot.Named ? "true" : "false")
            .Add(ReplaceProperty, slot.Mode == TokenArgumentMode.ReplaceNone ? "true" : "false");
        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.CancellationTokenNotPassed,
            slot.Mode == TokenArgumentMode.ReplaceNone && invocation.Arguments.FirstOrDefault(a => a.Parameter?.Name == slot.ParameterName) is { } none
                ? none.Value.Syntax.GetLocation()
                : MemberLocation.Of(invocation),
            properties,
            EscapeDisplay.Of(invocation.TargetMethod),
            token.Name,
            hookName));
    }

    /// <summary>False inside a lambda or local function that has its own token, or that is static.</summary>
    private static bool TokenIsReachable(IOperation operation, INamedTypeSymbol cancellationToken)
    {
        for (var parent = operation.Parent; parent is not null; parent = parent.Parent)
        {
            var function = parent switch
            {
                IAnonymousFunctionOperation lambda => lambda.Symbol,
                ILocalFunctionOperation local => local.Symbol,
                _ => null,
            };

            if (function is not null
                && (function.IsStatic || function.Parameters.Any(p => CancellationTokenOverloadFinder.IsToken(p.Type, cancellationToken))))
            {
                return false;
            }
        }

        return true;
    }
}
