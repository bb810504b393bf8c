using HookAnalyzers;
using WorkerDemo;

[assembly: LifecycleHooks(ShutdownTimeoutSeconds = 5)]

var builder = Host.CreateApplicationBuilder(args);
builder.AddLifecycleHooks();   // generated: hook services, ILifecycleHookStatus, the Unix socket the exec client calls

builder.Services.AddSingleton(DemoPaths.FromEnvironment());
builder.Services.AddSingleton<FileQueue>();
builder.Services.AddSingleton<ResultWriter>();
builder.Services.AddSingleton<QueueConsumer>();
builder.Services.AddHostedService(services => services.GetRequiredService<QueueConsumer>());

builder.Build().Run();
