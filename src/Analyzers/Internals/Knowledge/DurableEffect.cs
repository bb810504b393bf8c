namespace HookAnalyzers.Analyzers.Internals.Knowledge;

/// <summary>What a repeated effect does to the outside world; decides the advice in HOOK0009's message.</summary>
internal enum EffectKind
{
    /// <summary>Appends, creates-new, moves or copies files.</summary>
    File,

    /// <summary>Sends a POST or PATCH request.</summary>
    Http,

    /// <summary>Publishes or sends a message through a broker.</summary>
    Bus,

    /// <summary>Enqueues or schedules a background job.</summary>
    Job,

    /// <summary>Inserts rows.</summary>
    Database,

    /// <summary>Moves a counter or pushes onto a list or stream in an external store.</summary>
    Counter,

    /// <summary>Listed by the user in <c>hookanalyzers.durable_effect_methods</c>.</summary>
    Listed,
}

/// <summary>A durable effect found at one call: why repeating it is harmful, and what kind of effect it is.</summary>
internal sealed record DurableEffect(EffectKind Kind, string Reason)
{
    /// <summary>How to make this kind of effect safe to repeat.</summary>
    public string Advice => Kind switch
    {
        EffectKind.File => "guard it (File.Exists, a marker file) or make it an overwrite",
        EffectKind.Http => "send an Idempotency-Key header, or PUT to a resource the caller names",
        EffectKind.Bus => "give the message a deterministic id the broker or consumer deduplicates, or write it through an outbox",
        EffectKind.Job => "give the job a deterministic id, or use an add-or-update (replace) API",
        EffectKind.Database => "use an upsert, or check whether the row exists first",
        EffectKind.Counter => "guard it with a marker, or set an absolute value",
        _ => "guard it (a marker, an existence check) or make the operation idempotent",
    };
}
