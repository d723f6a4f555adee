using System.Net;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace CrmErpPortal.Tests.TestSupport;

/// <summary>
/// The real portal on its embedded default (demo sign-in, in-memory Hangfire) with its own SQLite file.
/// In-process TestServer by default; <see cref="StartOnLoopback"/> puts it on a real Kestrel port for the browser.
/// </summary>
public sealed class PortalAppFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings = new();

    /// <param name="databasePath">An existing hub file to open (a restarted portal); a new temporary file when null.</param>
    public PortalAppFactory(string? databasePath = null)
    {
        DatabasePath = databasePath ?? TestFiles.NewPath("portal.db");
        _settings["ConnectionStrings:Sqlite"] = $"Data Source={DatabasePath}";
        _settings["Jobs:WorkerCount"] = "1";
        _settings["Sandbox:Enabled"] = "false";
        _settings["Sync:Enabled"] = "false";
        _settings["Logging:LogLevel:Default"] = "Warning";
        _settings["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning";
    }

    public string DatabasePath { get; }

    /// <summary>Leave the hub file on dispose, for a portal started again on it.</summary>
    public bool KeepDatabase { get; set; }

    public string Environment { get; init; } = "Development";

    public Action<IServiceCollection>? ConfigureServices { get; init; }

    public PortalAppFactory With(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>Starts Kestrel on 127.0.0.1 with a free port and returns the base address.</summary>
    public Uri StartOnLoopback()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new Uri(address);
    }

    public HttpClient CreateBrowserlessClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (ConfigureServices is not null)
        {
            builder.ConfigureServices(ConfigureServices);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        // Hangfire keeps its log provider in a process-wide static that points at the last host's logger factory;
        // detach it before this host's factory is disposed so hosts still running in parallel keep working.
        Hangfire.Logging.LogProvider.SetCurrentLogProvider(null);
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        if (!KeepDatabase)
        {
            TestFiles.DeleteSqlite(DatabasePath);
        }
    }
}
