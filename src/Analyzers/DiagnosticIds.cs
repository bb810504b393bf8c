namespace HookAnalyzers.Analyzers;

/// <summary>
/// Every rule id in one place. Rule HOOKnnnn lives in Rules/HOOKnnnn_*Analyzer.cs, its doc in
/// docs/rules/HOOKnnnn.md, its fix (if any) in src/CodeFixes/Rules/HOOKnnnn_*Fixer.cs and its
/// tests in tests/HookAnalyzers.Tests/Analyzers/HOOKnnnn_*Tests.cs.
/// </summary>
public static class DiagnosticIds
{
    // blocking
    public const string BlockingCallInHook = "HOOK0001";
    public const string SyncApiWithAsyncTwin = "HOOK0002";

    // hang
    public const string LoopWithoutExit = "HOOK0003";
    public const string DelayExceedsBudget = "HOOK0004";

    // escape
    public const string AsyncVoidHook = "HOOK0005";
    public const string UnawaitedTask = "HOOK0006";
    public const string BackgroundWorkStarted = "HOOK0007";

    // cancellation
    public const string CancellationTokenNotPassed = "HOOK0008";

    // not idempotent
    public const string NonIdempotentEffect = "HOOK0009";
    public const string MutationWithoutRunOnce = "HOOK0010";

    // signature
    public const string InvalidHookSignature = "HOOK0011";

    // wiring
    public const string MapLifecycleHooksNotCalled = "HOOK0012";
    public const string AddLifecycleHooksNotCalled = "HOOK0013";
    public const string HooksWithoutHost = "HOOK0022";

    // budget
    public const string GracePeriodTooShort = "HOOK0014";
    public const string SleepExceedsGrace = "HOOK0015";
    public const string UnboundedPostStartTimeout = "HOOK0016";

    // handler
    public const string HttpGetPostStart = "HOOK0017";
    public const string StopSignalNotSupported = "HOOK0018";
    public const string SleepActionNotSupported = "HOOK0019";
    public const string InvalidSetting = "HOOK0020";

    // image
    public const string ShellFormEntrypoint = "HOOK0021";
}
