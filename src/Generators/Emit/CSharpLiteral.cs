using System.Globalization;
using HookAnalyzers.Generators.Helpers;

namespace HookAnalyzers.Generators.Emit;

/// <summary>C# literals for emitted code.</summary>
internal static class CSharpLiteral
{
    public static string String(string? value) => value is null ? "null" : DoubleQuoted.Quote(value);

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Bool(bool value) => value ? "true" : "false";
}
