using System.Runtime.CompilerServices;
using HookAnalyzers.Generators.Manifests;

namespace HookAnalyzers.Analyzers.Internals;

/// <summary>
/// One <see cref="ProjectModel"/> per compilation, shared by every rule: the hook methods are found
/// and parsed once, not once per rule (at 1000 hooks, seven rules each re-parsing every hook were
/// half of the analyzers' time). Keyed weakly by the compilation, so it dies with it; an entry is
/// only reused with the same options provider, because the MSBuild settings come from there.
/// </summary>
internal static class ProjectModelCache
{
    private static readonly ConditionalWeakTable<Compilation, Entry> Entries = new();

    /// <summary>The project model, or null when the compilation has no hook attributes.</summary>
    public static ProjectModel? Get(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
    {
        var entry = Entries.GetValue(compilation, c => new Entry(c, options));
        if (!ReferenceEquals(entry.Options, options.AnalyzerConfigOptionsProvider))
        {
            // Another host analysing the same compilation with other options: build without caching.
            return Build(compilation, options, cancellationToken);
        }

        return entry.Model.Value;
    }

    private static ProjectModel? Build(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
    {
        if (HookSymbols.TryCreate(compilation) is not { } symbols)
        {
            return null;
        }

        var hooks = ImmutableArray.CreateBuilder<HookEntry>();
        CollectHooks(compilation.Assembly.GlobalNamespace, symbols, hooks, cancellationToken);

        var globalOptions = options.AnalyzerConfigOptionsProvider.GlobalOptions;
        var attribute = symbols.GetSettingsAttribute(compilation);
        var fromAttribute = SettingsReader.FromAttribute(attribute);
        var fromMsBuild = SettingsReader.FromMsBuild(globalOptions);
        var result = LifecycleModelBuilder.Build(
            hooks.Select(static h => h.Model),
            attribute is null ? null : fromAttribute,
            fromMsBuild,
            ProjectInfo.From(compilation),
            ContainerLayout.FromMsBuild(globalOptions));
        return new ProjectModel(result, hooks.ToImmutable(), attribute, fromAttribute, fromMsBuild);
    }

    /// <summary>Every valid hook method declared in source, exactly as the generator keeps them (signature problems are left out).</summary>
    private static void CollectHooks(INamespaceOrTypeSymbol container, HookSymbols symbols, ImmutableArray<HookEntry>.Builder hooks, CancellationToken cancellationToken)
    {
        foreach (var member in container.GetMembers())
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (member)
            {
                case INamespaceOrTypeSymbol nested:
                    CollectHooks(nested, symbols, hooks, cancellationToken);
                    break;
                case IMethodSymbol method when symbols.GetHook(method) is { } hook
                    && HookMethodParser.Parse(method, hook.Attribute, hook.Kind).Model is { } model:
                    hooks.Add(new HookEntry(model, method, hook.Attribute));
                    break;
            }
        }
    }

    private sealed class Entry
    {
        public Entry(Compilation compilation, AnalyzerOptions options)
        {
            Options = options.AnalyzerConfigOptionsProvider;
            // Built by the first rule that asks; cancellation is not passed in, so a cancelled
            // caller cannot leave a failed model behind for the others.
            Model = new Lazy<ProjectModel?>(() => Build(compilation, options, CancellationToken.None), LazyThreadSafetyMode.ExecutionAndPublication);
        }

        public object Options { get; }

        public Lazy<ProjectModel?> Model { get; }
    }
}
