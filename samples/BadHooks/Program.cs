using HookAnalyzers;

// Wired correctly on purpose: the bad hooks live in the other files.
var builder = WebApplication.CreateBuilder(args);
builder.AddLifecycleHooks();
builder.Services.AddHttpClient();

var app = builder.Build();
app.MapLifecycleHooks();
app.Run();
