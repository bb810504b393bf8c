namespace HookAnalyzers.Analyzers.Rules;

/// <summary>
/// HOOK0020: every <see cref="SettingProblem"/> of the shared <see cref="SettingsResolver"/> (the
/// generator falls back to the default for such a value, so the user's value is silently ignored),
/// and a negative TimeoutSeconds on a hook attribute (0 means "the configured default" and is fine).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class InvalidSettingAnalyzer() : HookAnalyzer(DiagnosticDescriptors.InvalidSetting)
{
    private protected override void Register(AnalysisContext context)
    {
        HookRule.RegisterHookMethods(context, AnalyzeHookTimeout);
        HookRule.RegisterProject(context, static (end, project) =>
        {
            foreach (var problem in project.SettingProblems)
            {
                // MSBuild properties have no source line: name the property so it can be found.
                var location = problem.Source == SettingSource.Attribute
                    ? AttributeArguments.LocationOf(project.SettingsAttribute, problem.Name, end.CancellationToken)
                    : Location.None;
                var message = problem.Source == SettingSource.MsBuild
                    ? $"MSBuild property {SettingNames.MsBuildProperty(problem.Name)}: {problem.Message}"
                    : problem.Message;
                end.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidSetting, location, message));
            }
        });
    }

    private static void AnalyzeHookTimeout(SymbolAnalysisContext context, HookMethod hook)
    {
        foreach (var argument in hook.Attribute.NamedArguments)
        {
            if (argument.Key == KnownNames.TimeoutSecondsArgument && argument.Value.Value is int timeout && timeout < 0)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.InvalidSetting,
                    AttributeArguments.LocationOf(hook.Attribute, KnownNames.TimeoutSecondsArgument, context.CancellationToken),
                    $"TimeoutSeconds {timeout} of hook '{hook.DisplayName}' is negative; expected 1..{SettingsResolver.MaxSeconds} seconds, or 0 for DefaultTimeoutSeconds"));
            }
        }
    }
}
