namespace CrmErpPortal.Sandbox;

/// <summary>Standalone: <c>dotnet run --project CrmErpPortal.Sandbox</c>. The portal's embedded default starts the same app in-process.</summary>
public static class SandboxProgram
{
    public static async Task Main(string[] args)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(args)
            .Build();
        var options = configuration.GetSection(SandboxOptions.Section).Get<SandboxOptions>() ?? new SandboxOptions();
        var app = SandboxApp.Build(options, AppContext.BaseDirectory);
        await app.RunAsync();
    }
}
