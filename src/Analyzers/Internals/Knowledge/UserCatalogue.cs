using System.Runtime.CompilerServices;

namespace HookAnalyzers.Analyzers.Internals.Knowledge;

/// <summary>
/// What users add to the catalogues for their own code or libraries the catalogues do not know,
/// in .editorconfig (for the files whose bodies are read) or a .globalconfig:
/// <code>
/// hookanalyzers.blocking_methods = Acme.Storage.LegacyClient.Flush, Acme.Native.Device.Sync
/// hookanalyzers.durable_effect_methods = Acme.Billing.Ledger.Append
/// </code>
/// Entries are fully qualified methods, <c>Namespace.Type.Method</c> (generic types with their
/// arity, <c>Acme.Queue`1.Push</c>; nested types with <c>+</c>), separated by commas, semicolons
/// or spaces. A listed method matches every overload, and the extension method's static class is
/// its type.
/// </summary>
internal sealed class UserCatalogue
{
    public const string BlockingMethodsOption = "hookanalyzers.blocking_methods";
    public const string DurableEffectMethodsOption = "hookanalyzers.durable_effect_methods";

    public static readonly UserCatalogue Empty = new(new HashSet<string>(), new HashSet<string>());

    private static readonly ConditionalWeakTable<AnalyzerConfigOptions, UserCatalogue> Parsed = new();
    private static readonly char[] Separators = { ',', ';', ' ', '\t' };

    private readonly HashSet<string> _blocking;
    private readonly HashSet<string> _effects;

    private UserCatalogue(HashSet<string> blocking, HashSet<string> effects)
    {
        _blocking = blocking;
        _effects = effects;
    }

    /// <summary>The lists that apply to a syntax tree: its .editorconfig entries, else the global ones.</summary>
    public static UserCatalogue For(AnalyzerConfigOptionsProvider provider, SyntaxTree tree)
    {
        var options = provider.GetOptions(tree);
        var global = provider.GlobalOptions;
        var local = Parsed.GetValue(options, Parse);
        if (!ReferenceEquals(local, Empty))
        {
            return local;
        }

        return Parsed.GetValue(global, Parse);
    }

    public bool IsBlocking(IMethodSymbol method) => _blocking.Count > 0 && _blocking.Contains(MetadataNames.QualifiedName(method));

    public bool IsDurableEffect(IMethodSymbol method) => _effects.Count > 0 && _effects.Contains(MetadataNames.QualifiedName(method));

    private static UserCatalogue Parse(AnalyzerConfigOptions options)
    {
        var blocking = Read(options, BlockingMethodsOption);
        var effects = Read(options, DurableEffectMethodsOption);
        return blocking.Count == 0 && effects.Count == 0 ? Empty : new UserCatalogue(blocking, effects);
    }

    private static HashSet<string> Read(AnalyzerConfigOptions options, string key)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (options.TryGetValue(key, out var text))
        {
            foreach (var entry in text.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
            {
                names.Add(entry.Trim());
            }
        }

        return names;
    }
}
