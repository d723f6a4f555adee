using CrmErpPortal.Sandbox;

// Standalone: dotnet run --project CrmErpPortal.Sandbox  (the portal's embedded default starts the same app in-process).
var configuration = new ConfigurationBuilder()
    .AddJsonFile("appsettings.json", optional: true)
    .AddEnvironmentVariables()
    .AddCommandLine(args)
    .Build();
var options = configuration.GetSection(SandboxOptions.Section).Get<SandboxOptions>() ?? new SandboxOptions();
var app = SandboxApp.Build(options, AppContext.BaseDirectory);
await app.RunAsync();
