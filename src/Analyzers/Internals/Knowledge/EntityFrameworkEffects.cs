namespace HookAnalyzers.Analyzers.Internals.Knowledge;

/// <summary>
/// EF Core inserts: <c>SaveChanges</c>/<c>SaveChangesAsync</c> in a body that earlier adds new
/// entities (<c>DbSet.Add</c>/<c>AddRange</c>/<c>AddAsync</c>, <c>DbContext.Add</c>...). The add
/// only tracks; the save inserts, and a second delivery inserts the same rows again (or fails on
/// a unique key). A save after updates alone sets the same values twice, which is harmless.
/// </summary>
internal static class EntityFrameworkEffects
{
    private const string DbContext = "Microsoft.EntityFrameworkCore.DbContext";

    private static readonly MethodTable<string> Adds = new MethodTable<string>()
        .Add("Microsoft.EntityFrameworkCore.DbSet`1", "adds", "Add", "AddRange", "AddAsync", "AddRangeAsync")
        .Add(DbContext, "adds", "Add", "AddRange", "AddAsync", "AddRangeAsync");

    private static readonly MethodTable<string> Saves = new MethodTable<string>()
        .Add(DbContext, "saves", "SaveChanges", "SaveChangesAsync");

    public static bool IsAdd(IMethodSymbol method) => Adds.Find(method) is not null;

    /// <param name="addsBefore">Whether the body adds entities before this call.</param>
    public static DurableEffect? Find(IInvocationOperation invocation, bool addsBefore)
        => addsBefore && Saves.Find(invocation.TargetMethod) is not null
            ? new DurableEffect(EffectKind.Database, "DbContext." + invocation.TargetMethod.Name + " inserts the added entities again")
            : null;
}
