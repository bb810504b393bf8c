using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using HookAnalyzers.Generators;
using HookAnalyzers.Generators.Model;
using HookAnalyzers.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace HookAnalyzers.Analyzers.Internals;

/// <summary>
/// The whole-project view the budget and handler rules need: the same <see cref="LifecycleModel"/>
/// the generator builds (valid hook methods in run order plus resolved settings), and where each
/// setting was written.
/// </summary>
internal sealed class HookProject
{
    private HookProject(LifecycleModel model, SettingsLookup settings, ImmutableArray<HookEntry> entries)
    {
        Model = model;
        Settings = settings;
        Entries = entries;
    }

    public LifecycleModel Model { get; }

    /// <summary>The valid hook methods with their symbols, to place diagnostics on them.</summary>
    public ImmutableArray<HookEntry> Entries { get; }

    public SettingsLookup Settings { get; }

    /// <summary>
    /// The project uses HookAnalyzers: it has a valid hook method or writes <c>[assembly: LifecycleHooks]</c>
    /// (the generator's opt-in). MSBuild properties alone do not count: a Directory.Build.props may set
    /// them for every project of a repository, including libraries without hooks.
    /// </summary>
    public bool IsOptedIn => Model.HasHooks || Settings.HasAttribute;

    /// <summary>
    /// The preStop <c>sleep</c> the manifest gets: the drain delay when there is no valid
    /// [PreStop] method (the app has nothing to run, so the kubelet waits itself) and the cluster
    /// has the sleep action (1.30); otherwise null.
    /// </summary>
    public int? PreStopSleepSeconds
        => WouldEmitPreStopSleep && Model.Settings.KubernetesVersion.IsAtLeast(KubernetesVersion.SleepAction)
            ? Model.Settings.DrainDelaySeconds
            : null;

    /// <summary>No [PreStop] method and a drain delay: a sleep is wanted, whatever the version allows.</summary>
    public bool WouldEmitPreStopSleep => Model.PreStop.IsEmpty && Model.Settings.DrainDelaySeconds > 0;

    /// <summary>
    /// Collects every valid hook method with a symbol action and calls <paramref name="onEnd"/> at
    /// compilation end with the complete project, when it <see cref="IsOptedIn"/>. Methods with
    /// signature problems are left out, exactly as the generator leaves them out.
    /// </summary>
    public static void Register(
        CompilationStartAnalysisContext context,
        HookSymbols symbols,
        Action<CompilationAnalysisContext, HookProject> onEnd)
    {
        var methods = new ConcurrentBag<HookEntry>();
        context.RegisterSymbolAction(
            symbolContext =>
            {
                if (symbolContext.Symbol is IMethodSymbol method && symbols.GetHook(method) is { } hook
                    && HookMethodParser.Parse(method, hook.Attribute, hook.Kind).Model is { } model)
                {
                    methods.Add(new HookEntry(model, method, hook.Attribute));
                }
            },
            SymbolKind.Method);

        context.RegisterCompilationEndAction(endContext =>
        {
            var settings = SettingsLookup.Create(endContext.Compilation, symbols, endContext.Options);
            var entries = methods.ToImmutableArray();
            var all = entries.Select(e => e.Model).ToImmutableArray();
            // The budget does not depend on the project kind, so the emit flags are simply set.
            var project = new ProjectInfo(endContext.Compilation.AssemblyName ?? "app", HostKind.Web, IsExecutable: true);
            var model = new LifecycleModel(
                project,
                settings.Settings,
                settings.HasAttribute,
                LifecycleHooksGenerator.InRunOrder(all.RemoveAll(m => m.Kind != HookKind.PostStart)),
                LifecycleHooksGenerator.InRunOrder(all.RemoveAll(m => m.Kind != HookKind.PreStop)));
            var hookProject = new HookProject(model, settings, entries);

            // Settings-based rules say nothing about projects that do not use hooks at all.
            if (hookProject.IsOptedIn)
            {
                onEnd(endContext, hookProject);
            }
        });
    }
}

/// <summary>A valid hook method: the generator's model, its symbol and its [PostStart]/[PreStop] attribute.</summary>
internal sealed record HookEntry(HookMethodModel Model, IMethodSymbol Symbol, AttributeData Attribute);
