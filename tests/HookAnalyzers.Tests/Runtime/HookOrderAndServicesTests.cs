using System.Net;

namespace HookAnalyzers.Tests.Runtime;

/// <summary>Run order (Order, then full name) and how instances and parameters come from DI.</summary>
public sealed class HookOrderAndServicesTests
{
    private const string Hooks = """
        using System.Collections.Concurrent;
        using System.Threading;
        using System.Threading.Tasks;
        using HookAnalyzers;
        using Microsoft.Extensions.DependencyInjection;

        namespace App
        {
            public static class Calls { public static readonly ConcurrentQueue<string> Log = new(); }

            public sealed class Dependency { public string Name => "dep"; }

            public interface INotRegistered { }

            /// <summary>Registered in DI with the internal constructor: the generated code must use that instance.</summary>
            public sealed class RegisteredHooks
            {
                public RegisteredHooks(Dependency dependency) => Tag = "constructed-" + dependency.Name;

                internal RegisteredHooks(string tag) => Tag = tag;

                public string Tag { get; }

                [PostStart(Order = 2)]
                public Task FromDiAsync(CancellationToken cancellationToken)
                {
                    Calls.Log.Enqueue("RegisteredHooks:" + Tag + ":cancellable=" + cancellationToken.CanBeCanceled);
                    return Task.CompletedTask;
                }
            }

            /// <summary>Not registered: created with its constructor's services, the optional one missing.</summary>
            public sealed class ConstructedHooks(Dependency dependency, INotRegistered? optional = null)
            {
                [PostStart(Order = 3)]
                public ValueTask ConstructedAsync()
                {
                    Calls.Log.Enqueue("ConstructedHooks:" + dependency.Name + ":optional-null=" + (optional is null));
                    return default;
                }
            }

            public static class StaticHooks
            {
                [PostStart(Order = 1)]
                public static void WithServices(Dependency dependency, INotRegistered? optional) => Calls.Log.Enqueue("StaticHooks:" + dependency.Name + ":optional-null=" + (optional is null));

                // Declared last but Order -1: runs first.
                [PostStart(Order = -1)]
                internal static void First() => Calls.Log.Enqueue("StaticHooks.First");
            }
        }

        // Same Order: the full name breaks the tie, so App.Ties.Alpha runs before App.Ties.Zeta.
        namespace App.Ties
        {
            public static class Zeta { [PostStart(Order = 4)] public static void Tie() => App.Calls.Log.Enqueue("Zeta"); }

            public static class Alpha { [PostStart(Order = 4)] public static void Tie() => App.Calls.Log.Enqueue("Alpha"); }
        }

        public static partial class TestAppEntry
        {
            static partial void ConfigureServices(IServiceCollection services)
            {
                services.AddSingleton<App.Dependency>();
                services.AddSingleton(new App.RegisteredHooks("from-di"));
            }
        }
        """;

    [Fact]
    public async Task PostStart_runs_methods_in_order_with_instances_and_services_from_DI()
    {
        await using var app = await InMemoryHookApp.StartAsync(Hooks);

        var answer = await HookAnswer.GetAsync(app.Client(), "/lifecycle/post-start");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("succeeded", answer.HookStatus);
        Assert.Equal(
            [
                "StaticHooks.First",
                "StaticHooks:dep:optional-null=True",
                "RegisteredHooks:from-di:cancellable=True",
                "ConstructedHooks:dep:optional-null=True",
                "Alpha",
                "Zeta",
            ],
            app.Static<System.Collections.Concurrent.ConcurrentQueue<string>>("App.Calls", "Log"));
        Assert.Equal(
            ["StaticHooks.First", "StaticHooks.WithServices", "RegisteredHooks.FromDiAsync", "ConstructedHooks.ConstructedAsync", "Alpha.Tie", "Zeta.Tie"],
            answer.Methods.Select(m => m.Name));
        Assert.All(answer.Methods, m => Assert.Equal("succeeded", m.Status));
    }
}
