using HookAnalyzers.Generators;

namespace HookAnalyzers.Tests.Generators;

/// <summary>
/// Legal C# declarations around a hook that once made the generated code fail to compile (or warn,
/// which fails a TreatWarningsAsErrors build). Each case also pins what the registry does with it.
/// </summary>
public sealed class UnusualHookDeclarationTests
{
    [Theory]
    // A keyword used as a name must be escaped again in the call.
    [InlineData("public static class Hooks { [PostStart] public static void @event() { } }", "global::Shop.Hooks.@event()")]
    [InlineData("public sealed class Outer { public sealed class @class { [PostStart] public void Run() { } } }", "new global::Shop.Outer.@class()")]
    // Only its own file can name a `file` type: the hook is skipped (the signature analyzer reports it).
    [InlineData("file static class Hooks { [PostStart] public static void Run() { } }", "PostStart = global::System.Array.Empty<LifecycleHookMethod>();")]
    // `new Warmer()` would leave a required member unset: the instance can only come from DI...
    [InlineData("public interface ICache { } public sealed class Warmer { public required ICache Cache { get; init; } [PostStart] public void Run() { } }", "var target = global::Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<global::Shop.Warmer>(services);")]
    // ...unless the constructor says it sets them.
    [InlineData("public interface ICache { } public sealed class Warmer { [System.Diagnostics.CodeAnalysis.SetsRequiredMembers] public Warmer(ICache cache) => Cache = cache; public required ICache Cache { get; init; } [PostStart] public void Run() { } }", "?? new global::Shop.Warmer(")]
    // An [Obsolete] hook or hook class still runs, without a warning in generated code.
    [InlineData("public static class Hooks { [System.Obsolete(\"old\")] [PostStart] public static void Run() { } }", "global::Shop.Hooks.Run();")]
    [InlineData("[System.Obsolete(\"old\")] public static class Hooks { [PostStart] public static void Run() { } }", "global::Shop.Hooks.Run();")]
    public void Generated_code_compiles_without_warnings(string declaration, string expectedInRegistry)
    {
        var run = GeneratorRunner.RunOnSources("using HookAnalyzers;\nnamespace Shop;\n" + declaration);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Contains(expectedInRegistry, run.Source(LifecycleHooksGenerator.RegistryHintName), StringComparison.Ordinal);
        Assert.Empty(TestCompilation.WarningsAndErrors(run.OutputCompilation));
    }
}
