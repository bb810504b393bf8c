using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HookAnalyzers.Analyzers.Internals.Blocking;

/// <summary>
/// How many methods of the compilation HOOK0001/HOOK0002 follow from a hook body:
/// <c>hookanalyzers.blocking_call_depth = 3</c> in .editorconfig (for the hook's file) or in a
/// .globalconfig. 0 checks the hook body only.
/// </summary>
internal static class BlockingCallDepth
{
    public const string OptionName = "hookanalyzers.blocking_call_depth";

    public const int Default = 3;

    /// <summary>Deeper chains are rarely real and cost IDE time.</summary>
    public const int Maximum = 10;

    public static int Read(AnalyzerOptions options, SyntaxTree tree)
    {
        var provider = options.AnalyzerConfigOptionsProvider;
        if (provider.GetOptions(tree).TryGetValue(OptionName, out var text) || provider.GlobalOptions.TryGetValue(OptionName, out text))
        {
            if (int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var depth) && depth >= 0)
            {
                return depth > Maximum ? Maximum : depth;
            }
        }

        return Default;
    }
}
