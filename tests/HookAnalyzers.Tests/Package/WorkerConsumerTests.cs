using System.Runtime.Versioning;
using HookAnalyzers.Tests.Infrastructure.Processes;

namespace HookAnalyzers.Tests.Package;

/// <summary>
/// A new user's worker service with the packed package: without AddLifecycleHooks the build fails;
/// with it the build writes exec-only manifests and the exec client runs the [PreStop] method in
/// the running worker over its Unix socket.
/// </summary>
[Collection(PackageCollection.Name)]
[UnsupportedOSPlatform("windows")] // Unix sockets and SIGTERM
public sealed class WorkerConsumerTests(PackageFixture package)
{
    [Fact]
    public void Without_AddLifecycleHooks_the_build_fails_with_HOOK0013()
    {
        var build = package.Required(package.WorkerBuildWithoutCall);

        Assert.False(build.Succeeded, build.ToString());
        Assert.Matches(@"Program\.cs\(3,\d+\): error HOOK0013:", build.Output);
    }

    [Fact]
    public void With_the_call_it_builds_and_writes_exec_only_manifests()
    {
        var build = package.Required(package.WorkerBuild);
        Assert.True(build.Succeeded, build.ToString());

        var patch = File.ReadAllText(Path.Combine(package.WorkerDirectory, "obj", "Debug", "net10.0", "lifecycle.patch.yaml"));
        Assert.Contains("preStop:\n              exec:", patch, StringComparison.Ordinal);
        Assert.Contains("- pre-stop", patch, StringComparison.Ordinal);
        Assert.DoesNotContain("httpGet", patch, StringComparison.Ordinal);
        Assert.DoesNotContain("readinessProbe", patch, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_exec_client_runs_the_PreStop_method_in_the_running_worker()
    {
        Assert.True(package.Required(package.WorkerBuild).Succeeded, package.WorkerBuild!.ToString());
        var root = Directory.CreateTempSubdirectory("wc-").FullName;
        try
        {
            var environment = new Dictionary<string, string>
            {
                ["LIFECYCLE_HOOKS_SOCKET"] = Path.Combine(root, "s", "hooks.sock"),
                [WorkerConsumerProject.MarkerVariable] = Path.Combine(root, "pre-stop.txt"),
            };
            await using var worker = ChildProcess.Start(DotnetCommand.App(package.WorkerAssemblyPath).WithEnvironment(environment));
            await using var client = ChildProcess.Start(DotnetCommand.App(package.WorkerAssemblyPath, "--lifecycle-hook", "pre-stop").WithEnvironment(environment));

            var exitCode = await client.WaitForExitAsync(TimeSpan.FromSeconds(30));

            Assert.True(exitCode == 0, $"exit {exitCode}\n{client.Output}\n{client.Error}\nworker:\n{worker.Output}\n{worker.Error}");
            Assert.Equal("flushed", await File.ReadAllTextAsync(Path.Combine(root, "pre-stop.txt")));
            worker.Terminate();
            Assert.Equal(0, await worker.WaitForExitAsync(TimeSpan.FromSeconds(20)));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
