using System.Reflection;
using HookAnalyzers.Generators;
using Microsoft.CodeAnalysis;

namespace HookAnalyzers.Tests.Generators;

/// <summary>The generator's tracked steps (every constant of <see cref="StepNames"/>) and their recorded outputs.</summary>
internal static class PipelineSteps
{
    public static IReadOnlyList<string> All { get; } = typeof(StepNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToList();

    /// <summary>Each output of a step as (value, reason); fails when the step did not run at all.</summary>
    public static IReadOnlyList<(object Value, IncrementalStepRunReason Reason)> Outputs(GeneratorRunResult result, string step)
        => result.TrackedSteps.TryGetValue(step, out var runs)
            ? runs.SelectMany(r => r.Outputs).ToList()
            : throw new Xunit.Sdk.XunitException($"Step {step} is not tracked; tracked: {string.Join(", ", result.TrackedSteps.Keys)}");

    public static IReadOnlyList<IncrementalStepRunReason> Reasons(GeneratorRunResult result, string step)
        => Outputs(result, step).Select(o => o.Reason).ToList();
}
