using CrmErpPortal.Sandbox;

namespace CrmErpPortal.Features.SandboxSystems;

/// <summary>
/// The embedded default's CRM and ERP: the sandbox emulators started in this process on their own loopback port,
/// with their own SQLite files beside the hub's. The connectors reach them over real HTTP, as they would the real systems.
/// </summary>
public sealed class EmbeddedSandbox(SandboxOptions options, IHostEnvironment environment, ILogger<EmbeddedSandbox> logger) : IHostedService, IAsyncDisposable
{
    private WebApplication? _app;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _app = SandboxApp.Build(options, environment.ContentRootPath);
        try
        {
            await _app.StartAsync(cancellationToken);
        }
        catch (IOException ex)
        {
            throw new InvalidOperationException(
                $"The sandbox CRM and ERP could not listen on {options.Url} ({ex.Message}). Stop whatever uses that port, or set Sandbox:Url and the Integration base URLs to another one.", ex);
        }
        logger.LogInformation("Sandbox CRM (Dataverse) and ERP (Business Central) emulators listen on {Url}", options.Url);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_app is not null)
        {
            await _app.StopAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
