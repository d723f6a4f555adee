using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using CrmErpPortal.Sandbox;
using CrmErpPortal.Sandbox.BusinessCentral;
using CrmErpPortal.Sandbox.Storage;
using CrmErpPortal.Tests.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace CrmErpPortal.Tests.Sandbox.BusinessCentral;

/// <summary>
/// The sandbox with an empty ERP, one seeded company and a client at the BC service root, optionally on a fake clock.
/// Notifications wait 200 ms instead of 30 s.
/// </summary>
public sealed class BusinessCentralHost : IAsyncDisposable
{
    private readonly string _folder = TestFiles.NewPath("sandbox-bc");
    private WebApplication _app = default!;

    private BusinessCentralHost()
    {
    }

    public Guid CompanyId { get; } = Guid.NewGuid();

    public HttpClient Client { get; private set; } = default!;

    public Uri BaseAddress { get; private set; } = default!;

    /// <summary>Company-scoped path prefix, relative to the service root.</summary>
    public string Company => $"companies({CompanyId})/";

    public RecordStore Store => _app.Services.GetRequiredService<SandboxSystems>().Erp.Store;

    public BcNotificationSender Sender => _app.Services.GetRequiredService<BcNotificationSender>();

    public static async Task<BusinessCentralHost> StartAsync(
        TimeProvider? clock = null, Action<BusinessCentralSettings>? settings = null, string? accessToken = null)
    {
        var host = new BusinessCentralHost();
        Directory.CreateDirectory(host._folder);
        var options = new SandboxOptions { Url = "http://127.0.0.1:0", Scale = "None", DataFolder = host._folder, AccessToken = accessToken };
        host._app = SandboxApp.Build(options, host._folder, clock);
        var configured = host._app.Services.GetRequiredService<BusinessCentralSettings>();
        configured.NotificationDelay = TimeSpan.FromMilliseconds(200);
        configured.RetryDelay = TimeSpan.FromMilliseconds(100);
        settings?.Invoke(configured);
        await host._app.StartAsync();
        var address = host._app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        host.BaseAddress = new Uri(address.TrimEnd('/') + "/");
        host.Client = new HttpClient { BaseAddress = new Uri(host.BaseAddress, "erp/v2.0/sandbox/production/api/v2.0/") };
        if (accessToken is not null)
        {
            host.Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }

        await host.Store.InsertAsync("companies", host.CompanyId, new JsonObject
        {
            ["name"] = "CRONUS NZ",
            ["displayName"] = "CRONUS New Zealand Ltd.",
            ["businessProfileId"] = "",
            ["systemVersion"] = "26.0.30643.32772",
        });
        return host;
    }

    public async Task<Guid> SeedCustomerAsync(string number, string blocked = " ")
    {
        var id = Guid.NewGuid();
        await Store.InsertAsync("customers", id, new JsonObject
        {
            ["id"] = id.ToString(),
            ["number"] = number,
            ["displayName"] = $"Customer {number}",
            ["type"] = "Company",
            ["currencyCode"] = "NZD",
            ["blocked"] = blocked,
        });
        return id;
    }

    public async Task SeedInvoiceAsync(Guid customerId, string status, decimal total, decimal remaining, string dueDate)
    {
        var id = Guid.NewGuid();
        await Store.InsertAsync("salesInvoices", id, new JsonObject
        {
            ["id"] = id.ToString(),
            ["number"] = $"PSI{id.ToString()[..6]}",
            ["customerId"] = customerId.ToString(),
            ["status"] = status,
            ["totalAmountExcludingTax"] = total,
            ["totalAmountIncludingTax"] = total,
            ["remainingAmount"] = remaining,
            ["dueDate"] = dueDate,
        });
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
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
