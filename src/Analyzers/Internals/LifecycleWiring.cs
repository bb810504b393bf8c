using System.Linq;
using System.Threading;
using HookAnalyzers.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace HookAnalyzers.Analyzers.Internals;

/// <summary>
/// Shared by HOOK0012 and HOOK0013: a compilation that declares hook methods must call one of the
/// generated extension methods somewhere. Hooks are found with a symbol action, calls with an
/// operation action, and the verdict is given at compilation end, when every call has been seen.
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

    /// <summary>Call after ConfigureGeneratedCodeAnalysis and EnableConcurrentExecution (the analyzer's own Initialize).</summary>
    public static void Register(AnalysisContext context, DiagnosticDescriptor rule, string generatedMethodName, IsAnchor isAnchor, params string[] extensionsTypeNames)
    {
        context.RegisterCompilationStartAction(start =>
        {
            // Without the hook attributes or the generated extension (no host that can serve hooks:
            // HOOK0022 reports that) the rule stops after these lookups. Otherwise each method costs
            // an attribute check and each invocation a name check before any symbol comparison.
            var hooks = HookSymbols.TryCreate(start.Compilation);
            var extensions = extensionsTypeNames.Select(start.Compilation.GetTypeByMetadataName).FirstOrDefault(type => type is not null);
            if (hooks is null || extensions is null)
            {
                return;
            }

            var types = new HostTypes(
                start.Compilation.GetTypeByMetadataName(WebApplicationTypeName),
                start.Compilation.GetTypeByMetadataName(KnownNames.WebApplicationBuilder),
                start.Compilation.GetTypeByMetadataName(HostTypeName),
                start.Compilation.GetTypeByMetadataName(KnownNames.HostApplicationBuilder));
            var state = new State();
            start.RegisterSymbolAction(
                symbol =>
                {
                    if (symbol.Symbol is IMethodSymbol method && hooks.IsHook(method) && method.Locations.Length > 0)
                    {
                        state.FirstHook.Offer(method.Locations[0]);
                    }
                },
                SymbolKind.Method);

            start.RegisterOperationAction(
                operation =>
                {
                    var invocation = (IInvocationOperation)operation.Operation;
                    var method = invocation.TargetMethod.ReducedFrom ?? invocation.TargetMethod;
                    if (method.Name == generatedMethodName && SymbolEqualityComparer.Default.Equals(method.ContainingType, extensions))
                    {
                        state.MarkCalled();
                    }
                    else if (isAnchor(method, types))
                    {
                        state.Anchor.Offer(invocation.Syntax.GetLocation());
                    }
                },
                OperationKind.Invocation);

            start.RegisterCompilationEndAction(end =>
            {
                if (state.Called || state.FirstHook.Location is not { } hook)
                {
                    return;
                }

                end.ReportDiagnostic(Diagnostic.Create(rule, state.Anchor.Location ?? hook));
            });
        });
    }

    /// <summary>What one compilation has seen; actions run concurrently.</summary>
    private sealed class State
    {
        private int _called;

        public EarliestLocation FirstHook { get; } = new();

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
