namespace HookAnalyzers.Analyzers;

/// <summary>
/// Every rule's descriptor, in id order: titles, messages and descriptions are the rules' voice and
/// are read and reviewed together here. Each analyzer (<c>Rules/&lt;id&gt;_&lt;RuleName&gt;Analyzer.cs</c>)
/// reports only the descriptor named after its rule; the help link is the rule's doc, docs/rules/&lt;id&gt;.md.
/// </summary>
internal static class DiagnosticDescriptors
{
    /// <summary>HOOK0001: <see cref="Rules.BlockingCallInHookAnalyzer"/>.</summary>
    public static readonly DiagnosticDescriptor BlockingCallInHook = Create(
        DiagnosticIds.BlockingCallInHook,
        title: "Blocking call in a lifecycle hook",
        messageFormat: "{0} blocks a thread in hook '{1}'",
        DiagnosticCategories.Reliability,
        DiagnosticSeverity.Warning,
        description: "The kubelet has no timeout for hooks and a preStop hook spends the pod's grace period. A thread parked in Sleep, Wait or .Result ignores the hook's CancellationToken, so the hook cannot be cut short cleanly and starves the thread pool. Await instead.");

    /// <summary>HOOK0002: <see cref="Rules.SyncApiWithAsyncTwinAnalyzer"/>.</summary>
    public static readonly DiagnosticDescriptor SyncApiWithAsyncTwin = Create(
        DiagnosticIds.SyncApiWithAsyncTwin,
        title: "Synchronous API with an async twin in a lifecycle hook",
        messageFormat: "{0} runs synchronously in hook '{1}'; await {2} instead",
        DiagnosticCategories.Reliability,
        DiagnosticSeverity.Warning,
        description: "Synchronous I/O holds a thread for as long as the disk, database or network takes, and does not observe the hook's CancellationToken. The kubelet does not time hooks out and preStop time comes out of the grace period, so a slow synchronous call can eat the whole budget. Use the Async twin and pass the token.");

    /// <summary>HOOK0003: <see cref="Rules.LoopWithoutExitAnalyzer"/>.</summary>
    public static readonly DiagnosticDescriptor LoopWithoutExit = Create(
        DiagnosticIds.LoopWithoutExit,
        title: "Endless loop in a lifecycle hook",
        messageFormat: "'{0}' in hook '{1}' has no exit and never checks cancellation",
        DiagnosticCategories.Reliability,
        DiagnosticSeverity.Warning,
        description: "The kubelet waits for a hook without a timeout: a postStart that never returns keeps the container from becoming Running, and a preStop that never returns spends the whole grace period before SIGTERM. Give the loop an exit or check the hook's CancellationToken in it.");

    /// <summary>HOOK0004: <see cref="Rules.DelayExceedsBudgetAnalyzer"/>.</summary>
    public static readonly DiagnosticDescriptor DelayExceedsBudget = Create(
        DiagnosticIds.DelayExceedsBudget,
        title: "Delay or timeout longer than the hook's timeout",
        messageFormat: "'{0}' with {1} exceeds the {2} s timeout of hook '{3}' ({4}); the hook is cancelled first",
        DiagnosticCategories.Reliability,
        DiagnosticSeverity.Warning,
        description: "Every hook method is cancelled at its timeout, and the hook fails. A delay longer than that never completes as written, and a timeout longer than that never fires; in a preStop hook the wait also spends grace period the app needs to shut down. Shorten it or raise TimeoutSeconds (and check the budget).");

    /// <summary>HOOK0005: <see cref="Rules.AsyncVoidHookAnalyzer"/>.</summary>
    public static readonly DiagnosticDescriptor AsyncVoidHook = Create(
        DiagnosticIds.AsyncVoidHook,
        title: "Hook code is async void",
        messageFormat: "'{0}' in hook '{1}' is async void: the hook is reported done at its first await, and an exception crashes the process; return Task",
        DiagnosticCategories.Reliability,
        DiagnosticSeverity.Warning,
        description: "The generated runtime awaits the task a hook method returns, then answers the kubelet. An async void method returns at its first await, so the kubelet is told the hook finished while the work still runs (for preStop, SIGTERM and SIGKILL follow and cut it off), and an exception it throws is raised on the thread pool and terminates the process. Declare it async Task.");

    /// <summary>HOOK0006: <see cref="Rules.UnawaitedTaskAnalyzer"/>.</summary>
    public static readonly DiagnosticDescriptor UnawaitedTask = Create(
        DiagnosticIds.UnawaitedTask,
        title: "Task in a hook is not awaited",
        messageFormat: "The task of '{0}' is not awaited in hook '{1}': the kubelet is told the hook is done while it still runs, and its failure is lost",
        DiagnosticCategories.Reliability,
        DiagnosticSeverity.Warning,
        description: "The generated runtime answers the kubelet when the hook method's task completes. A task the hook creates and does not await keeps running after that answer; for preStop the container then gets SIGTERM and SIGKILL, which cut the work off. Await the task, or pass it on (return it, give it to Task.WhenAll).");

    /// <summary>HOOK0007: <see cref="Rules.BackgroundWorkStartedAnalyzer"/>.</summary>
    public static readonly DiagnosticDescriptor BackgroundWorkStarted = Create(
        DiagnosticIds.BackgroundWorkStarted,
        title: "Hook starts background work the kubelet does not wait for",
        messageFormat: "'{0}' in hook '{1}' starts work that outlives the hook: the kubelet does not wait for it, and SIGTERM/SIGKILL may cut it off",
        DiagnosticCategories.Reliability,
        DiagnosticSeverity.Warning,
        description: "Threads, thread-pool items, timers and long-running tasks started by a hook keep running after the hook's endpoint has answered. The kubelet then moves on (after preStop: SIGTERM, then SIGKILL at the grace period), so the work is killed half done and its errors are never reported. Do the work inside the hook and await it, or move it to a hosted service that stops with the host.");

    /// <summary>HOOK0008: <see cref="Rules.CancellationTokenNotPassedAnalyzer"/>.</summary>
    public static readonly DiagnosticDescriptor CancellationTokenNotPassed = Create(
        DiagnosticIds.CancellationTokenNotPassed,
        title: "Pass the hook's CancellationToken",
        messageFormat: "'{0}' can take a CancellationToken: pass '{1}' so the call stops when hook '{2}' times out",
        DiagnosticCategories.Reliability,
        DiagnosticSeverity.Warning,
        description: "The generated runtime cancels a hook method's CancellationToken at the method's timeout and when the host stops. A call that does not get the token keeps running after the runtime has given up on the hook, holding resources while the kubelet's grace period runs out. Pass the token; CancellationToken.None or default is reported too. When a call must finish regardless, suppress the warning there with a comment saying why.");

    /// <summary>HOOK0009: <see cref="Rules.NonIdempotentEffectAnalyzer"/>.</summary>
    public static readonly DiagnosticDescriptor NonIdempotentEffect = Create(
        DiagnosticIds.NonIdempotentEffect,
        title: "Hook repeats a durable effect when delivered twice",
        messageFormat: "Hook '{0}' is not idempotent: {1}; {2}",
        DiagnosticCategories.Idempotency,
        DiagnosticSeverity.Warning,
        description: "The kubelet delivers lifecycle hooks at least once, and a restarted container runs postStart again against the same volumes and services. Effects that append, create-new, post, publish, enqueue, insert or count happen twice.");

    /// <summary>HOOK0010: <see cref="Rules.MutationWithoutRunOnceAnalyzer"/>.</summary>
    public static readonly DiagnosticDescriptor MutationWithoutRunOnce = Create(
        DiagnosticIds.MutationWithoutRunOnce,
        title: "Hook mutates state while run-once is disabled",
        messageFormat: "Hook '{0}' changes '{1}' and RunOnce is false: a second delivery changes it again; guard it or keep RunOnce on",
        DiagnosticCategories.Idempotency,
        DiagnosticSeverity.Warning,
        description: "RunOnce = false lets a second delivery of a hook run it again in the same process. Increments, compound assignments and Add calls on fields then apply twice.");

    /// <summary>HOOK0011: <see cref="Rules.InvalidHookSignatureAnalyzer"/>.</summary>
    public static readonly DiagnosticDescriptor InvalidHookSignature = Create(
        DiagnosticIds.InvalidHookSignature,
        title: "Hook method has a signature the generated code cannot call",
        messageFormat: "{0}; the hook is not generated and never runs",
        DiagnosticCategories.Usage,
        DiagnosticSeverity.Error,
        description: "Hook methods are non-generic, public or internal (in public or internal types), return void, Task or ValueTask, and take only a CancellationToken and services. Any other method is skipped by the generator.");

    /// <summary>HOOK0012: <see cref="Rules.MapLifecycleHooksNotCalledAnalyzer"/>.</summary>
    public static readonly DiagnosticDescriptor MapLifecycleHooksNotCalled = Create(
        DiagnosticIds.MapLifecycleHooksNotCalled,
        title: "MapLifecycleHooks is never called",
        messageFormat: "The project has [PostStart]/[PreStop] methods but never calls app.MapLifecycleHooks(): the hook and readiness endpoints do not exist, so the hooks never run, the exec handler fails and the kubelet kills the container",
        DiagnosticCategories.Usage,
        DiagnosticSeverity.Error,
        description: "The kubelet calls the hook endpoints that MapLifecycleHooks() maps. Without them an exec hook gets 404 and exits 1 (a failed postStart kills the container), an httpGet hook gets 404, which the kubelet counts as success although nothing ran, and the readiness probe never passes.");

    /// <summary>HOOK0013: <see cref="Rules.AddLifecycleHooksNotCalledAnalyzer"/>.</summary>
    public static readonly DiagnosticDescriptor AddLifecycleHooksNotCalled = Create(
        DiagnosticIds.AddLifecycleHooksNotCalled,
        title: "AddLifecycleHooks is never called",
        messageFormat: "The project has [PostStart]/[PreStop] methods but never calls builder.AddLifecycleHooks(): nothing serves the hooks, so the kubelet's hook calls fail and the methods never run",
        DiagnosticCategories.Usage,
        DiagnosticSeverity.Error,
        description: "AddLifecycleHooks() registers the hook runner and drain state, sets the shutdown timeout from the hook budget and starts what serves the hooks (Kestrel's endpoints in a web app, a Unix socket listener in a worker service). Without it a web app's MapLifecycleHooks() throws at startup, and a worker never answers the exec client: the postStart hook fails and the kubelet kills and restarts the container, and the [PreStop] methods never run.");

    /// <summary>HOOK0014: <see cref="Rules.GracePeriodTooShortAnalyzer"/>.</summary>
    public static readonly DiagnosticDescriptor GracePeriodTooShort = Create(
        DiagnosticIds.GracePeriodTooShort,
        title: "Grace period is shorter than the hooks' time budget",
        messageFormat: "{0} {1} is shorter than drain + preStop methods + shutdown + kubelet floor: {2} > {1}; the app is killed (SIGKILL) before its shutdown ends. Remove the setting to use the computed value, or raise it to {3}.",
        DiagnosticCategories.Configuration,
        DiagnosticSeverity.Warning,
        description: "The kubelet runs preStop inside terminationGracePeriodSeconds and sends SIGKILL when it runs out. The grace period must cover the drain delay, the [PreStop] method timeouts, the host's shutdown timeout and the kubelet's 2 second floor.");

    /// <summary>HOOK0015: <see cref="Rules.SleepExceedsGraceAnalyzer"/>.</summary>
    public static readonly DiagnosticDescriptor SleepExceedsGrace = Create(
        DiagnosticIds.SleepExceedsGrace,
        title: "preStop sleep is longer than the grace period",
        messageFormat: "The preStop sleep of {0} s ({3}, no [PreStop] method) exceeds {1} {2}: the API server rejects the pod; lower the drain delay or raise the grace period",
        DiagnosticCategories.Configuration,
        DiagnosticSeverity.Error,
        description: "Pod validation requires lifecycle sleep seconds to be at most terminationGracePeriodSeconds. With no [PreStop] method the drain delay is emitted as a preStop sleep.");

    /// <summary>HOOK0016: <see cref="Rules.UnboundedPostStartTimeoutAnalyzer"/>.</summary>
    public static readonly DiagnosticDescriptor UnboundedPostStartTimeout = Create(
        DiagnosticIds.UnboundedPostStartTimeout,
        title: "Hook timeout is effectively unbounded",
        messageFormat: "{0}",
        DiagnosticCategories.Configuration,
        DiagnosticSeverity.Warning,
        description: "The kubelet never times out a postStart hook, and the container stays out of Running until it returns. Hook timeouts are the only bound, so they must be realistic.");

    /// <summary>HOOK0017: <see cref="Rules.HttpGetPostStartAnalyzer"/>.</summary>
    public static readonly DiagnosticDescriptor HttpGetPostStart = Create(
        DiagnosticIds.HttpGetPostStart,
        title: "httpGet postStart races the app's startup",
        messageFormat: "{0} is HttpGet: the kubelet calls postStart as the process starts, without retry, so 'connection refused' before Kestrel listens kills the container; use Exec (the default), which retries until the app answers",
        DiagnosticCategories.Configuration,
        DiagnosticSeverity.Warning,
        description: "postStart runs concurrently with the container's ENTRYPOINT. An httpGet handler is sent once; a transport failure fails the hook and the kubelet kills the container.");

    /// <summary>HOOK0018: <see cref="Rules.StopSignalNotSupportedAnalyzer"/>.</summary>
    public static readonly DiagnosticDescriptor StopSignalNotSupported = Create(
        DiagnosticIds.StopSignalNotSupported,
        title: "Stop signal is not supported by the cluster or the .NET host",
        messageFormat: "{0}",
        DiagnosticCategories.Configuration,
        DiagnosticSeverity.Warning,
        description: "lifecycle.stopSignal needs Kubernetes 1.33 or later with the ContainerStopSignals feature gate. The .NET generic host shuts down gracefully on SIGTERM, SIGINT and SIGQUIT only.");

    /// <summary>HOOK0019: <see cref="Rules.SleepActionNotSupportedAnalyzer"/>.</summary>
    public static readonly DiagnosticDescriptor SleepActionNotSupported = Create(
        DiagnosticIds.SleepActionNotSupported,
        title: "preStop sleep action needs Kubernetes 1.30",
        messageFormat: "{0} {1} has no preStop sleep action (beta in {2}): the {3} s drain delay is emitted as an httpGet preStop that the app serves",
        DiagnosticCategories.Configuration,
        DiagnosticSeverity.Info,
        description: "The sleep lifecycle action is beta (on by default) from Kubernetes 1.30 and GA in 1.34. On older clusters the drain delay is served by the app through an httpGet preStop, which needs the app to be up when termination starts.");

    /// <summary>HOOK0020: <see cref="Rules.InvalidSettingAnalyzer"/>.</summary>
    public static readonly DiagnosticDescriptor InvalidSetting = Create(
        DiagnosticIds.InvalidSetting,
        title: "Invalid HookAnalyzers setting",
        messageFormat: "{0}; the default is used instead",
        DiagnosticCategories.Configuration,
        DiagnosticSeverity.Error,
        description: "A setting of [assembly: LifecycleHooks] or an MSBuild property LifecycleHooks<Name> is out of range or malformed. The generator ignores such a value, so the manifest and the runtime would not be what you wrote.");

    /// <summary>HOOK0021: <see cref="Rules.ShellFormEntrypointAnalyzer"/>.</summary>
    public static readonly DiagnosticDescriptor ShellFormEntrypoint = Create(
        DiagnosticIds.ShellFormEntrypoint,
        title: "Dockerfile ENTRYPOINT uses shell form",
        messageFormat: "{0} uses shell form, so /bin/sh is PID 1 and the SIGTERM sent after preStop never reaches the app, which is killed at the end of the grace period; use exec form: {0} [\"executable\", \"arg\"]",
        DiagnosticCategories.Configuration,
        DiagnosticSeverity.Warning,
        description: "After preStop the kubelet sends the stop signal to PID 1 and SIGKILL when terminationGracePeriodSeconds runs out. With shell form, PID 1 is /bin/sh -c, which does not forward SIGTERM: the app never runs its graceful shutdown and loses in-flight work.");

    /// <summary>HOOK0022: <see cref="Rules.HooksWithoutHostAnalyzer"/>.</summary>
    public static readonly DiagnosticDescriptor HooksWithoutHost = Create(
        DiagnosticIds.HooksWithoutHost,
        title: "Hook method in a project without a .NET host",
        messageFormat: "'{0}' never runs: the project has no .NET host to serve lifecycle hooks; reference Microsoft.Extensions.Hosting (a worker service) or ASP.NET Core (a web app) and call builder.AddLifecycleHooks(), or move the method into the app",
        DiagnosticCategories.Usage,
        DiagnosticSeverity.Error,
        description: "The hooks are served by code generated into the app that hosts them: Kestrel endpoints in a web app, a Unix socket listener in a worker service. A project with neither (a class library, a bare console app) gets no such code, writes no manifest, and its hook methods are never called; hooks declared in a library are not picked up by the app that references it either.");

    private static DiagnosticDescriptor Create(
        string id,
        string title,
        string messageFormat,
        string category,
        DiagnosticSeverity severity,
        string description,
        params string[] customTags)
        => new(id, title, messageFormat, category, severity, isEnabledByDefault: true, description, HelpLinks.For(id), customTags);
}
