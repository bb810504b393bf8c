namespace WorkerDemo;

/// <summary>Where the demo keeps its queue and results: WORKERDEMO_DATA, else ./data.</summary>
public sealed record DemoPaths(string Root)
{
    /// <summary>The queue: one file per message, taken oldest first.</summary>
    public string Inbox => Path.Combine(Root, "inbox");

    /// <summary>Processed messages, one line each, appended in batches.</summary>
    public string Results => Path.Combine(Root, "results.log");

    /// <summary>How many messages are safely in <see cref="Results"/>.</summary>
    public string Checkpoint => Path.Combine(Root, "checkpoint.txt");

    /// <summary>Every take and the queue's closing, in order: what a test (or a person) checks afterwards.</summary>
    public string Journal => Path.Combine(Root, "journal.log");

    public static DemoPaths FromEnvironment()
        => new(Environment.GetEnvironmentVariable("WORKERDEMO_DATA") is { Length: > 0 } root ? root : Path.Combine(AppContext.BaseDirectory, "data"));
}
