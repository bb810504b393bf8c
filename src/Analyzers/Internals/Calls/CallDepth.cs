using System.Globalization;

namespace HookAnalyzers.Analyzers.Internals.Calls;

/// <summary>
/// How many methods of the compilation the interprocedural rules (HOOK0001, HOOK0002, HOOK0009)
/// follow from a hook body: <c>hookanalyzers.blocking_call_depth = 3</c> in .editorconfig (for
/// the hook's file) or in a .globalconfig. 0 checks the hook body only. Within that depth the walk
/// is complete: every reachable method is read, however wide the graph.
/// </summary>
internal static class CallDepth
{
    public const string OptionName = "hookanalyzers.blocking_call_depth";

    public const int Default = 3;

    /// <summary>Larger values are read as this; a chain longer than this is not a finding anyone acts on.</summary>
    public const int Maximum = 16;

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
