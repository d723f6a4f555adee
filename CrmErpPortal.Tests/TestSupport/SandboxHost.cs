using CrmErpPortal.Sandbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace CrmErpPortal.Tests.TestSupport;

/// <summary>The real sandbox emulators on a free loopback port with their own temporary SQLite files.</summary>
public sealed class SandboxHost : IAsyncLifetime
{
    private readonly string _folder = TestFiles.NewPath("sandbox");
    private WebApplication? _app;

    public SandboxOptions Options { get; } = new() { Url = "http://127.0.0.1:0", Scale = "None" };

    public Uri BaseAddress { get; private set; } = default!;

    public Uri CrmBase => new(BaseAddress, "crm/");

    public Uri ErpBase => new(BaseAddress, "erp/");

    public SandboxSystems Systems => _app!.Services.GetRequiredService<SandboxSystems>();

    /// <summary>Runs after the app is built and before it starts, e.g. to shorten the ERP's 30-second notification delay.</summary>
    public Action<IServiceProvider>? BeforeStart { get; init; }

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        Options.DataFolder = _folder;
        _app = SandboxApp.Build(Options, _folder);
        BeforeStart?.Invoke(_app.Services);
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        BaseAddress = new Uri(address.TrimEnd('/') + "/");
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Temp files; the OS cleans them if a handle lingers.
        }
    }
}
