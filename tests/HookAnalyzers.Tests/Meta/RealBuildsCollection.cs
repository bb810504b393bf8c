namespace HookAnalyzers.Tests.Meta;

/// <summary>
/// Tests that run a real <c>dotnet build</c> (or <c>dotnet format</c>) on the repository's projects.
/// They share the analyzer projects' obj/bin folders, so they must not run beside each other:
/// the collection runs on its own, after the parallel in-memory tests. Join it with
/// <c>[Collection(RealBuildsCollection.Name)]</c>.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RealBuildsCollection : ICollectionFixture<SampleBuilds>
{
    public const string Name = "Real builds";
}
