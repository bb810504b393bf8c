using Verify = HookAnalyzers.Tests.Infrastructure.AnalyzerVerifier<HookAnalyzers.Analyzers.Rules.SyncApiWithAsyncTwinAnalyzer>;

namespace HookAnalyzers.Tests.Analyzers.Corpus;

/// <summary>HOOK0002: no alarm on in-memory data (also through readers and serializers over it), twins found in imported extension classes.</summary>
public sealed class HOOK0002_InMemoryAndQueryTests
{
    private const string Usings = """
        using System.Text;
        using System.Text.Json;

        """;

    [Fact]
    public Task Readers_writers_and_serializers_over_memory_are_not_reported()
        => Verify.VerifyAsync(Usings + """
            public sealed record State(int Pending);

            public static class StateDump
            {
                [PreStop]
                public static async Task DumpAsync(CancellationToken ct)
                {
                    using var buffer = new MemoryStream();
                    JsonSerializer.Serialize(buffer, new State(3));
                    buffer.Position = 0;
                    using var reader = new StreamReader(buffer, Encoding.UTF8);
                    var json = reader.ReadToEnd();
                    using (var text = new StringReader(json))
                    {
                        Console.WriteLine(text.ReadLine());
                    }

                    var copy = new MemoryStream(Encoding.UTF8.GetBytes(json));
                    var roundTrip = JsonSerializer.Deserialize<State>(copy);
                    using var writer = new StreamWriter(new MemoryStream());
                    writer.Write(json);
                    writer.Flush();
                    await File.WriteAllTextAsync("/data/state.json", json + roundTrip, ct);
                }
            }
            """);

    [Fact]
    public Task The_same_calls_over_a_file_are_reported()
        => Verify.VerifyAsync(Usings + """
            public sealed record State(int Pending);

            public static class StateDump
            {
                [PreStop]
                public static void Dump()
                {
                    using var file = File.Open("/data/state.json", FileMode.Create);
                    JsonSerializer.[|Serialize(file, new State(3))|];
                    using var reader = new StreamReader("/data/state.json");
                    Console.WriteLine(reader.[|ReadToEnd()|]);
                    using var writer = new StreamWriter(file);
                    writer.[|Flush()|];
                }
            }
            """);

    [Fact]
    public Task EF_Core_sync_queries_are_reported_with_the_twin_the_file_imports()
        => Verify.VerifyAsync(Usings + """
            using Microsoft.EntityFrameworkCore;

            public sealed class Instance { public string Name { get; set; } = ""; public bool Active { get; set; } }

            public sealed class InstancesDb : DbContext
            {
                public DbSet<Instance> Instances { get; } = null!;
            }

            public sealed class Registration(InstancesDb db)
            {
                [PostStart]
                public void Register()
                {
                    if (!db.Instances.[|Any(i => i.Name == Environment.MachineName)|])
                    {
                        db.Instances.Add(new Instance { Name = Environment.MachineName });
                        db.[|SaveChanges()|];
                    }

                    var active = db.Instances
                        .Where(i => i.Active)
                        .[|ToList()|];
                    var first = db.Instances.[|First(i => i.Active)|];
                    Console.WriteLine(active.Count + db.Instances.[|Count()|] + first.Name);
                    Console.WriteLine(active.Where(i => i.Active).ToList().Count); // LINQ over a list: memory
                }
            }
            """ + LibraryStubs.EntityFramework);

    [Fact]
    public Task Without_the_EF_Core_import_no_twin_binds_and_nothing_is_reported()
        => Verify.VerifyAsync(Usings + """
            public sealed class Instance { public string Name { get; set; } = ""; }

            public sealed class Registration(IQueryable<Instance> instances)
            {
                [PostStart]
                public void Register() => Console.WriteLine(instances.Any(i => i.Name == "x") ? instances.ToList().Count : 0);
            }
            """ + LibraryStubs.EntityFramework);
}
