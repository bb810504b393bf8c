using HookAnalyzers.Analyzers;
using HookAnalyzers.Analyzers.Rules;
using HookAnalyzers.CodeFixes.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace HookAnalyzers.Tests.Analyzers;

/// <summary>
/// The cases HOOK0012 (MapLifecycleHooks not called) and HOOK0013 (AddLifecycleHooks not called)
/// share: the two rules mirror each other, one watching the app and the other the builder of the
/// same Program.cs. Each case starts from the complete program and removes the rule's own call.
/// Cases only one rule has stay in that rule's test file.
/// </summary>
public sealed class HOOK0012_HOOK0013_RegistrationCallTests
{
    /// <summary>A program that makes both calls: neither rule has anything to say.</summary>
    private static readonly string CompleteProgram = TestPrograms.WebTopLevel();

    private static readonly AnalyzerTestOptions Program = TestPrograms.Options;

    private static readonly string[] Ids = ["HOOK0012", "HOOK0013"];

    public static TheoryData<string> RuleIds => new(Ids);

    /// <summary>Sources without a Program.cs: both rules then report on the first hook method.</summary>
    public static TheoryData<string, string> RuleIdsAndProgramlessSources
    {
        get
        {
            string[] sources =
            [
                """
                public static class Hooks
                {
                    [HookAnalyzers.PostStart]
                    public static void [|Warm|]() { }

                    [HookAnalyzers.PreStop]
                    public static void Flush() { }
                }
                """,
                """
                public static class Hooks
                {
                    [HookAnalyzers.PreStop]
                    public static void [|Deregister|]() { }
                }

                public static class More
                {
                    [HookAnalyzers.PreStop]
                    public static void Flush() { }
                }
                """,
                // The attribute through an alias: the hooks are the ones the generator serves, however written.
                """
                using Warmup = HookAnalyzers.PostStartAttribute;

                public static class Hooks
                {
                    [Warmup]
                    public static void [|Warm|]() { }
                }
                """,
            ];
            var data = new TheoryData<string, string>();
            foreach (var id in Ids)
            {
                foreach (var source in sources)
                {
                    data.Add(id, source);
                }
            }

            return data;
        }
    }

    // ---- positives ----

    [Theory]
    [MemberData(nameof(RuleIds))]
    public Task Top_level_program_without_the_call_is_reported_on_the_expression_the_call_belongs_after(string id)
    {
        var rule = Rule(id);
        return rule.VerifyAsync(rule.WithoutCall(CompleteProgram) + rule.Hooks, Program);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public Task Main_method_without_the_call_is_reported_on_the_expression_the_call_belongs_after(string id)
    {
        var rule = Rule(id);
        return rule.VerifyAsync(TestPrograms.InMain(rule.WithoutCall(CompleteProgram)) + rule.Hooks, Program);
    }

    [Theory]
    [MemberData(nameof(RuleIdsAndProgramlessSources))]
    public Task Without_a_program_it_is_reported_on_the_first_hook_method(string id, string source)
        => Rule(id).VerifyAsync(source, AnalyzerTestOptions.Default);

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Is_not_a_compilation_end_rule_so_the_editor_shows_it_while_typing(string id)
        => Assert.DoesNotContain(WellKnownDiagnosticTags.CompilationEnd, Rule(id).Descriptor.CustomTags);

    // ---- negatives ----

    [Theory]
    [MemberData(nameof(RuleIds))]
    public Task Program_that_makes_both_calls_is_not_reported(string id)
        => Rule(id).VerifyAsync(CompleteProgram + Rule(id).Hooks, Program);

    [Theory]
    [MemberData(nameof(RuleIds))]
    public Task Project_without_hook_methods_is_not_reported(string id)
        => Rule(id).VerifyAsync("""
            var builder = WebApplication.CreateBuilder(args);
            var app = builder.Build();
            app.Run();
            """, Program);

    // ---- fix ----

    [Theory]
    [MemberData(nameof(RuleIds))]
    public Task Fix_inserts_the_call_in_top_level_statements(string id)
    {
        var rule = Rule(id);
        return rule.VerifyFixAsync(rule.WithoutCall(CompleteProgram) + rule.Hooks, CompleteProgram + rule.Hooks, Program);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public Task Fix_all_inserts_the_call_once(string id)
    {
        var rule = Rule(id);
        return rule.VerifyFixAllAsync(rule.WithoutCall(CompleteProgram) + rule.Hooks, CompleteProgram + rule.Hooks, Program);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public Task No_fix_when_reported_on_a_hook_method(string id)
        => Rule(id).VerifyNoFixAsync("""
            public static class Hooks
            {
                [HookAnalyzers.PreStop]
                public static void [|Flush|]() { }
            }
            """);

    private static RegistrationRule Rule(string id) => id switch
    {
        "HOOK0012" => RegistrationRule.For<MapLifecycleHooksNotCalledAnalyzer, MapLifecycleHooksNotCalledFixer>(
            DiagnosticDescriptors.MapLifecycleHooksNotCalled,
            call: "app.MapLifecycleHooks();",
            anchor: "builder.Build()",
            hooks: HOOK0012_MapLifecycleHooksNotCalledTests.Hooks),
        "HOOK0013" => RegistrationRule.For<AddLifecycleHooksNotCalledAnalyzer, AddLifecycleHooksNotCalledFixer>(
            DiagnosticDescriptors.AddLifecycleHooksNotCalled,
            call: "builder.AddLifecycleHooks();",
            anchor: "WebApplication.CreateBuilder(args)",
            hooks: HOOK0013_AddLifecycleHooksNotCalledTests.Hooks),
        _ => throw new ArgumentOutOfRangeException(nameof(id), id, "not a registration rule"),
    };

    /// <summary>One of the two rules: its verifiers, the call it wants, and where it reports a missing call.</summary>
    private sealed record RegistrationRule(
        DiagnosticDescriptor Descriptor,
        string Call,
        string Anchor,
        string Hooks,
        Func<string, AnalyzerTestOptions, Task> VerifyAsync,
        Func<string, string, AnalyzerTestOptions, Task> VerifyFixAsync,
        Func<string, string, AnalyzerTestOptions, Task> VerifyFixAllAsync,
        Func<string, Task> VerifyNoFixAsync)
    {
        public static RegistrationRule For<TAnalyzer, TFix>(DiagnosticDescriptor descriptor, string call, string anchor, string hooks)
            where TAnalyzer : Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer, new()
            where TFix : CodeFixProvider, new()
            => new(
                descriptor,
                call,
                anchor,
                hooks,
                AnalyzerVerifier<TAnalyzer>.VerifyAsync,
                (markup, expected, options) => CodeFixVerifier<TAnalyzer, TFix>.VerifyFixAsync(markup, expected, options),
                (markup, expected, options) => CodeFixVerifier<TAnalyzer, TFix>.VerifyFixAllAsync(markup, expected, options, FixAllScope.Solution),
                markup => CodeFixVerifier<TAnalyzer, TFix>.VerifyNoFixAsync(markup));

        /// <summary>The program without this rule's call, its anchor marked where the rule should report.</summary>
        public string WithoutCall(string program)
        {
            var lines = program.Split('\n').Where(line => line.Trim() != Call);
            var text = string.Join('\n', lines);
            Assert.NotEqual(program, text); // the call really was removed
            return text.Replace(Anchor, "[|" + Anchor + "|]", StringComparison.Ordinal);
        }
    }
}
