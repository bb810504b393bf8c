namespace HookAnalyzers.Generators.Parsing;

/// <summary>Where a setting value was written.</summary>
internal enum SettingSource
{
    Default,
    Attribute,
    MsBuild,
}

/// <summary>
/// A setting as written, before validation: attribute arguments and MSBuild properties are both
/// reduced to invariant strings so one resolver validates them the same way.
/// </summary>
internal sealed record RawSetting(string Name, string Value, SettingSource Source);

/// <summary>An invalid setting value; the analyzers turn it into a diagnostic on the argument or property.</summary>
/// <param name="Message">Names the value and the valid range, e.g. "Port 70000 is not in 1..65535".</param>
internal sealed record SettingProblem(string Name, SettingSource Source, string Value, string Message);
