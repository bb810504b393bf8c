using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace HookAnalyzers.Analyzers.Internals;

/// <summary>
/// Shared by HOOK0012 and HOOK0013: a compilation that declares hook methods must call one of the
/// generated extension methods somewhere. The verdict needs the whole project, so it is reached
/// once per compilation: the hooks are the valid hook methods of the shared project model (those
/// the generator serves; however their attribute is written), the calls are found by reading the
/// syntax trees and binding only the candidates (calls named like the generated method or the
/// anchor). It is reported in the document where the call belongs (<see cref="DocumentScope"/>):
/// visible while typing in Program.cs, not only in a build.
/// </summary>
internal static class LifecycleWiring
{
    /// <summary>The generated class that holds AddLifecycleHooks and MapLifecycleHooks in a web app.</summary>
    public const string WebExtensionsTypeName = "Microsoft.AspNetCore.Builder.LifecycleHooksExtensions";

    /// <summary>The generated class that holds AddLifecycleHooks in a worker service.</summary>
    public const string WorkerExtensionsTypeName = "Microsoft.Extensions.Hosting.LifecycleHooksExtensions";

    public const string WebApplicationTypeName = "Microsoft.AspNetCore.Builder.WebApplication";

    public const string HostTypeName = "Microsoft.Extensions.Hosting.Host";

    /// <summary>Where the missing call belongs, so the diagnostic (and its fix) sits on that line.</summary>
    public delegate bool IsAnchor(IMethodSymbol method, HostTypes types);

    /// <summary>The host types the anchors are recognised by, resolved once per compilation.</summary>
    public sealed class HostTypes(INamedTypeSymbol? webApplication, INamedTypeSymbol? webApplicationBuilder, INamedTypeSymbol? host, INamedTypeSymbol? hostApplicationBuilder)
    {
        public bool IsWebApplication(ISymbol? type) => SymbolEqualityComparer.Default.Equals(type, webApplication);

        public bool IsWebApplicationBuilder(ISymbol? type) => SymbolEqualityComparer.Default.Equals(type, webApplicationBuilder);

        public bool IsHost(ISymbol? type) => SymbolEqualityComparer.Default.Equals(type, host);

        public bool IsHostApplicationBuilder(ISymbol? type) => SymbolEqualityComparer.Default.Equals(type, hostApplicationBuilder);
    }

    /// <summary>Called from the rule's <see cref="HookAnalyzer.Register"/>.</summary>
    public static void Register(AnalysisContext context, DiagnosticDescriptor rule, string generatedMethodName, IsAnchor isAnchor, params string[] extensionsTypeNames)
    {
        context.RegisterCompilationStartAction(start =>
        {
            // Without the hook attributes or the generated extension (no host that can serve hooks:
            // HOOK0022 reports that) the rule stops after these lookups.
            var extensions = extensionsTypeNames.Select(start.Compilation.GetTypeByMetadataName).FirstOrDefault(type => type is not null);
            if (HookSymbols.TryCreate(start.Compilation) is null || extensions is null)
            {
                return;
            }

            var types = new HostTypes(
                start.Compilation.GetTypeByMetadataName(WebApplicationTypeName),
                start.Compilation.GetTypeByMetadataName(KnownNames.WebApplicationBuilder),
                start.Compilation.GetTypeByMetadataName(HostTypeName),
                start.Compilation.GetTypeByMetadataName(KnownNames.HostApplicationBuilder));
            DocumentScope.Register(start, cancellationToken =>
            {
                if (ProjectModelCache.Get(start.Compilation, start.Options, cancellationToken) is not { } project
                    || FirstHook(project) is not { } hook)
                {
                    return ImmutableArray<Diagnostic>.Empty;
                }

                var state = Read(start.Compilation, extensions, types, generatedMethodName, isAnchor, cancellationToken);
                return state.Called
                    ? ImmutableArray<Diagnostic>.Empty
                    : ImmutableArray.Create(Diagnostic.Create(rule, state.Anchor.Location ?? hook));
            });
        });
    }

    /// <summary>The first valid hook method in file and position order, so the report is the same on every run.</summary>
    private static Location? FirstHook(ProjectModel project)
    {
        var first = new EarliestLocation();
        foreach (var hook in project.Hooks)
        {
            if (hook.Symbol.Locations.FirstOrDefault(location => location.IsInSource) is { } location)
            {
                first.Offer(location);
            }
        }

        return first.Location;
    }

    /// <summary>The generated call and the anchors of the user's files.</summary>
    private static State Read(Compilation compilation, INamedTypeSymbol extensions, HostTypes types, string generatedMethodName, IsAnchor isAnchor, CancellationToken cancellationToken)
    {
        var state = new State();
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (IsGenerated(tree, cancellationToken))
            {
                continue;
            }

            SemanticModel? model = null;
            foreach (var node in tree.GetRoot(cancellationToken).DescendantNodes())
            {
                cancellationToken.ThrowIfCancellationRequested();
                switch (node)
                {
                    case InvocationExpressionSyntax invocation when NameOf(invocation.Expression) is { } name
                        && (name == generatedMethodName || name == "Build" || name.StartsWith("Create", StringComparison.Ordinal)):
                        model ??= GetSemanticModel(compilation, tree);
                        if (model.GetSymbolInfo(invocation, cancellationToken).Symbol is not IMethodSymbol target)
                        {
                            break;
                        }

                        var called = target.ReducedFrom ?? target;
                        if (called.Name == generatedMethodName && SymbolEqualityComparer.Default.Equals(called.ContainingType, extensions))
                        {
                            state.MarkCalled();
                            return state;
                        }

                        if (isAnchor(called, types))
                        {
                            state.Anchor.Offer(invocation.GetLocation());
                        }

                        break;
                }
            }
        }

        return state;
    }

    private static string? NameOf(ExpressionSyntax expression) => expression switch
    {
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        SimpleNameSyntax name => name.Identifier.ValueText,
        MemberBindingExpressionSyntax binding => binding.Name.Identifier.ValueText,
        _ => null,
    };

    /// <summary>Generated code never declares hooks or calls these (the analyzers skip generated code too).</summary>
    private static bool IsGenerated(SyntaxTree tree, CancellationToken cancellationToken)
    {
        var path = tree.FilePath;
        if (path.EndsWith(".g.cs", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".generated.cs", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (var trivia in tree.GetRoot(cancellationToken).GetLeadingTrivia())
        {
            if (trivia.ToString().IndexOf("<auto-generated", StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }

#pragma warning disable RS1030 // The verdict needs the other files' calls; one model per tree, only for trees with candidates, once per compilation.
    private static SemanticModel GetSemanticModel(Compilation compilation, SyntaxTree tree) => compilation.GetSemanticModel(tree);
#pragma warning restore RS1030

    /// <summary>What one compilation has seen; actions run concurrently.</summary>
    private sealed class State
    {
        private int _called;

        public EarliestLocation Anchor { get; } = new();

        public bool Called => Volatile.Read(ref _called) == 1;

        public void MarkCalled() => Interlocked.Exchange(ref _called, 1);
    }

    /// <summary>Keeps the first location in file and position order, so the report is the same on every run.</summary>
    private sealed class EarliestLocation
    {
        private readonly object _gate = new();

        public Location? Location { get; private set; }

        public void Offer(Location candidate)
        {
            lock (_gate)
            {
                if (Location is null || Compare(candidate, Location) < 0)
                {
                    Location = candidate;
                }
            }
        }

        private static int Compare(Location left, Location right)
        {
            var byPath = string.CompareOrdinal(left.SourceTree?.FilePath, right.SourceTree?.FilePath);
            return byPath != 0 ? byPath : left.SourceSpan.Start.CompareTo(right.SourceSpan.Start);
        }
    }
}
