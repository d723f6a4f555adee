namespace CrmErpPortal.Sandbox;

/// <summary>Standalone: <c>dotnet run --project CrmErpPortal.Sandbox</c>. The portal's embedded default starts the same app in-process.</summary>
public static class SandboxProgram
{
    public static async Task Main(string[] args)
    {
        // No appsettings.json here on purpose: a referenced web project's appsettings.json would overwrite the portal's
        // in the test output folder. Settings come from Sandbox__* environment variables or --Sandbox:Key=value arguments.
        var configuration = new ConfigurationBuilder()
            .AddEnvironmentVariables()
            .AddCommandLine(args)
            .Build();
        var options = configuration.GetSection(SandboxOptions.Section).Get<SandboxOptions>() ?? new SandboxOptions();
        var app = SandboxApp.Build(options, AppContext.BaseDirectory);
        await app.RunAsync();
    }
}
