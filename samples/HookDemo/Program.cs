using HookAnalyzers;
using HookDemo;

[assembly: LifecycleHooks(DefaultTimeoutSeconds = 10, ShutdownTimeoutSeconds = 10)]

var builder = WebApplication.CreateBuilder(args);
builder.AddLifecycleHooks();   // generated: hook services, drain state, shutdown timeout from the budget

builder.Services.AddSingleton<DemoOptions>(_ => DemoOptions.FromEnvironment(builder.Environment.ContentRootPath));
builder.Services.AddSingleton<ProductCache>();
builder.Services.AddSingleton<IOutbox, FileOutbox>();
builder.Services.AddSingleton<IServiceRegistry, FileServiceRegistry>();

var app = builder.Build();
app.MapLifecycleHooks();       // generated: GET /lifecycle/post-start, /lifecycle/pre-stop, /lifecycle/ready

app.MapGet("/", () => "HookDemo is running");
app.MapGet("/products/{id:int}", (int id, ProductCache cache) => cache.Find(id) is { } name ? Results.Ok(name) : Results.NotFound());
app.MapPost("/orders/{id:int}", (int id, IOutbox outbox) =>
{
    outbox.Enqueue($"order-{id}");
    return Results.Accepted();
});

app.Run();
