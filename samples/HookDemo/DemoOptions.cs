namespace HookDemo;

/// <summary>Where the demo keeps its files, and a switch that makes post-start fail (to see a failed hook).</summary>
public sealed record DemoOptions(string DataDirectory, bool FailWarmUp)
{
    public static DemoOptions FromEnvironment(string contentRoot)
    {
        var data = Environment.GetEnvironmentVariable("HOOKDEMO_DATA") ?? Path.Combine(contentRoot, "data");
        Directory.CreateDirectory(data);
        return new DemoOptions(data, Environment.GetEnvironmentVariable("HOOKDEMO_FAIL_WARMUP") == "1");
    }
}
