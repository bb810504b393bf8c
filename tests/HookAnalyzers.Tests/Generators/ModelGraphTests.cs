using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.CompilerServices;
using HookAnalyzers.Generators.Model;
using HookAnalyzers.Generators.Parsing;
using Microsoft.CodeAnalysis;

namespace HookAnalyzers.Tests.Generators;

/// <summary>
/// No pipeline model may hold a symbol, syntax, location or compilation: they root old
/// compilations and break caching (System.Text.Json's SourceGenModelDoesNotEncapsulateSymbolsOrCompilationData).
/// Walks the object graph of every tracked step's outputs: fields, properties' backing fields, collections.
/// </summary>
public sealed class ModelGraphTests
{
    private static readonly Type[] Forbidden =
        [typeof(ISymbol), typeof(SyntaxNode), typeof(Location), typeof(SyntaxTree), typeof(SemanticModel), typeof(Compilation), typeof(AttributeData)];

    private const string App = """
        using System.Threading;
        using System.Threading.Tasks;
        using HookAnalyzers;
        using Microsoft.Extensions.Logging;

        [assembly: LifecycleHooks(DrainDelaySeconds = 2, HookToken = "t0ken")]

        namespace Shop;

        public interface ICache { }

        public sealed class Warmer(ICache cache)
        {
            [PostStart(TimeoutSeconds = 5)]
            public Task WarmAsync(ICache? optional, CancellationToken cancellationToken) => Task.CompletedTask;
        }

        public static class Outbox
        {
            [PreStop(Order = 1)]
            public static void Flush(ILogger<Warmer> logger) { }
        }
        """;

    [Fact]
    public void Pipeline_models_hold_no_symbols_syntax_or_compilation()
    {
        var run = GeneratorRunner.Run(TestCompilation.Create(App), new Dictionary<string, string> { ["LifecycleHooksPort"] = "9000" });
        var walk = new GraphWalk();

        foreach (var step in PipelineSteps.All)
        {
            var outputs = PipelineSteps.Outputs(run.GeneratorResult, step);
            Assert.NotEmpty(outputs);
            foreach (var (value, _) in outputs)
            {
                walk.Visit(value, step);
            }
        }

        Assert.True(walk.Findings.Count == 0, string.Join("\n", walk.Findings));
        // The walk really went deep: these types are only reachable through nested records and arrays.
        Assert.Superset(
            new HashSet<Type> { typeof(LifecycleModel), typeof(HookSettings), typeof(HookMethodModel), typeof(HookParameterModel), typeof(HookConstructorModel), typeof(HookAnalyzers.Generators.Model.ProjectInfo), typeof(RawSetting) },
            walk.SeenTypes);
    }

    [Fact]
    public void The_walk_finds_a_symbol_or_location_hidden_in_a_collection()
    {
        var compilation = TestCompilation.Create("class C { }");
        var walk = new GraphWalk();

        walk.Visit(new { Items = ImmutableArray.Create<object>("text", new List<object> { compilation.GetTypeByMetadataName("C")! }) }, "symbol");
        walk.Visit(Tuple.Create(1, compilation.SyntaxTrees[0].GetRoot().GetLocation()), "location");

        Assert.Equal(2, walk.Findings.Count);
        Assert.Contains(walk.Findings, f => f.StartsWith("symbol", StringComparison.Ordinal));
        Assert.Contains(walk.Findings, f => f.StartsWith("location", StringComparison.Ordinal));
    }

    /// <summary>Depth-first over instance fields (including record and auto-property backing fields) and enumerable items.</summary>
    private sealed class GraphWalk
    {
        private readonly HashSet<object> _visited = new(ReferenceEqualityComparer.Instance);

        public List<string> Findings { get; } = [];

        public HashSet<Type> SeenTypes { get; } = [];

        public void Visit(object? value, string path)
        {
            if (value is null)
            {
                return;
            }

            var type = value.GetType();
            if (type.IsPrimitive || type.IsEnum || value is string or decimal)
            {
                return;
            }

            // Each object once, even when reachable twice (a List and its backing array).
            if (!type.IsValueType && !_visited.Add(value))
            {
                return;
            }

            if (Forbidden.FirstOrDefault(f => f.IsAssignableFrom(type)) is { } forbidden)
            {
                Findings.Add($"{path}: {type.FullName} is a {forbidden.Name}");
                return;
            }

            SeenTypes.Add(type);
            if (value is IEnumerable items)
            {
                var index = 0;
                foreach (var item in items)
                {
                    Visit(item, $"{path}[{index++}]");
                }
            }

            for (var current = type; current is not null && current != typeof(object); current = current.BaseType)
            {
                foreach (var field in current.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                {
                    if (!field.FieldType.IsPointer && !field.FieldType.IsByRefLike)
                    {
                        Visit(field.GetValue(value), $"{path}.{field.Name}");
                    }
                }
            }
        }
    }
}
