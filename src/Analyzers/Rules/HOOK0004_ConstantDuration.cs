using System.Globalization;

namespace HookAnalyzers.Analyzers.Rules;

/// <summary>A wait length known at compile time; <see cref="IsInfinite"/> for Timeout.Infinite and friends.</summary>
internal readonly struct ConstantDuration
{
    private ConstantDuration(double milliseconds, bool isInfinite)
    {
        Milliseconds = milliseconds;
        IsInfinite = isInfinite;
    }

    public double Milliseconds { get; }

    public bool IsInfinite { get; }

    public static ConstantDuration Infinite { get; } = new(double.PositiveInfinity, true);

    public static ConstantDuration FromMilliseconds(double milliseconds) => new(milliseconds, false);

    public bool Exceeds(int seconds) => IsInfinite || Milliseconds > seconds * 1000.0;

    public override string ToString()
        => IsInfinite
            ? "forever"
            : (Milliseconds / 1000).ToString("0.###", CultureInfo.InvariantCulture) + " s";
}

/// <summary>
/// Folds the usual ways of writing a wait length: int milliseconds, <c>Timeout.Infinite</c>,
/// <c>Timeout.InfiniteTimeSpan</c>, <c>TimeSpan.MaxValue</c>, <c>TimeSpan.FromSeconds(30)</c> (and
/// FromMilliseconds/Minutes/Hours/Days/Ticks), <c>new TimeSpan(h, m, s)</c>. Anything not
/// constant gives null: the rule only reports delays that are certainly too long.
/// </summary>
internal static class ConstantDurationFolder
{
    private const double MillisecondsPerTick = 0.0001;

    public static ConstantDuration? Fold(IOperation value)
    {
        while (value is IConversionOperation conversion)
        {
            value = conversion.Operand;
        }

        if (IsTimeSpan(value.Type))
        {
            return FoldTimeSpan(value);
        }

        // An integer wait is milliseconds in every BCL API this rule looks at; -1 is Timeout.Infinite.
        if (value.ConstantValue is { HasValue: true, Value: { } constant } && ToDouble(constant) is { } number)
        {
            return number == -1 ? ConstantDuration.Infinite : number >= 0 ? ConstantDuration.FromMilliseconds(number) : null;
        }

        return null;
    }

    public static bool IsTimeSpan(ITypeSymbol? type)
        => type is INamedTypeSymbol { Name: "TimeSpan" } named && named.ContainingNamespace?.ToDisplayString() == "System";

    private static ConstantDuration? FoldTimeSpan(IOperation value)
    {
        switch (value)
        {
            case IFieldReferenceOperation { Field.Name: "InfiniteTimeSpan" } field when field.Field.ContainingType?.Name == "Timeout":
            case IFieldReferenceOperation { Field.Name: "MaxValue" } max when IsTimeSpan(max.Field.ContainingType):
                return ConstantDuration.Infinite;

            case IInvocationOperation invocation when IsTimeSpan(invocation.TargetMethod.ContainingType) && invocation.Arguments.Length >= 1:
                // FromSeconds(30) and .NET 9's FromSeconds(long seconds, long milliseconds = 0, ...) with defaults only.
                for (var i = 1; i < invocation.Arguments.Length; i++)
                {
                    if (invocation.Arguments[i].ArgumentKind != ArgumentKind.DefaultValue)
                    {
                        return null;
                    }
                }

                var unit = UnitMilliseconds(invocation.TargetMethod.Name);
                return unit is { } factor && Constant(invocation.Arguments[0].Value) is { } amount && amount >= 0
                    ? ConstantDuration.FromMilliseconds(amount * factor)
                    : null;

            case IObjectCreationOperation creation when IsTimeSpan(creation.Type):
                return FoldConstructor(creation);

            default:
                return null;
        }
    }

    /// <summary><c>new TimeSpan(ticks)</c>, <c>(h, m, s)</c>, <c>(d, h, m, s)</c>, <c>(d, h, m, s, ms)</c>.</summary>
    private static ConstantDuration? FoldConstructor(IObjectCreationOperation creation)
    {
        var values = new double[creation.Arguments.Length];
        for (var i = 0; i < values.Length; i++)
        {
            if (Constant(creation.Arguments[i].Value) is not { } value)
            {
                return null;
            }

            values[i] = value;
        }

        double milliseconds = values.Length switch
        {
            1 => values[0] * MillisecondsPerTick,
            3 => ((values[0] * 60 + values[1]) * 60 + values[2]) * 1000,
            4 => (((values[0] * 24 + values[1]) * 60 + values[2]) * 60 + values[3]) * 1000,
            5 or 6 => ((((values[0] * 24 + values[1]) * 60 + values[2]) * 60 + values[3]) * 1000) + values[4],
            _ => -1,
        };
        return milliseconds >= 0 ? ConstantDuration.FromMilliseconds(milliseconds) : null;
    }

    private static double? UnitMilliseconds(string method)
        => method switch
        {
            "FromTicks" => MillisecondsPerTick,
            "FromMilliseconds" => 1,
            "FromSeconds" => 1000,
            "FromMinutes" => 60_000,
            "FromHours" => 3_600_000,
            "FromDays" => 86_400_000,
            _ => null,
        };

    private static double? Constant(IOperation value)
        => value.ConstantValue is { HasValue: true, Value: { } constant } ? ToDouble(constant) : null;

    private static double? ToDouble(object constant)
        => constant switch
        {
            int i => i,
            long l => l,
            uint u => u,
            double d => d,
            float f => f,
            short s => s,
            _ => null,
        };
}
