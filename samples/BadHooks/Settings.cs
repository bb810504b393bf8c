using HookAnalyzers;

// One argument per line, so each diagnostic has its own marker. There is no valid [PreStop]
// method in this project, so the 20 s drain delay is emitted as a preStop sleep.
[assembly: LifecycleHooks(
    RunOnce = false,
    DrainDelaySeconds = 20,
    TerminationGracePeriodSeconds = 15, // expect: HOOK0014, HOOK0015
    PostStartHandler = LifecycleHookHandler.HttpGet, // expect: HOOK0017
    StopSignal = "SIGUSR1", // expect: HOOK0018
    Port = 70000)] // expect: HOOK0020
