using System.Net.Http.Json;
using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.Sync.Pull;
using CrmErpPortal.Features.Sync.Webhooks;
using CrmErpPortal.Sandbox.BusinessCentral;
using CrmErpPortal.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmErpPortal.Tests.Integration.Sync;

/// <summary>
/// The whole event path over real HTTP: the portal subscribes at the ERP emulator (which runs the validation
/// handshake against the portal's /webhooks/erp), a change in the ERP notifies the portal, and the targeted pull
/// brings the new figure into the hub.
/// </summary>
public sealed class ErpWebhookFlowTests : IAsyncLifetime
{
    private readonly SandboxHost _sandbox = new()
    {
        BeforeStart = services => services.GetRequiredService<BusinessCentralSettings>().NotificationDelay = TimeSpan.FromMilliseconds(200),
    };

    private readonly Guid _customer = Guid.NewGuid();
    private PortalAppFactory _portal = default!;

    public async Task InitializeAsync()
    {
        await _sandbox.InitializeAsync();
        await _sandbox.Systems.Erp.Store.InsertAsync("companies", SandboxRows.CompanyId, SandboxRows.Company());
        await _sandbox.Systems.Erp.Store.InsertAsync("customers", _customer, SandboxRows.Customer(_customer, "C30001", "Tui Bakery Ltd", 20000m));
        _portal = new PortalAppFactory()
            .With("Integration:Erp:BaseUrl", ErpRoot.ToString())
            .With("Integration:Erp:ClientState", "flow-test-state");
        var portalAddress = _portal.StartOnLoopback();
        // The port is known only once Kestrel listens, so the notification address is set after start.
        _portal.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<CrmErpPortal.Integration.ErpOptions>>().Value.NotificationUrl =
            new Uri(portalAddress, "webhooks/erp");
    }

    public async Task DisposeAsync()
    {
        await _portal.DisposeAsync();
        await _sandbox.DisposeAsync();
    }

    private Uri ErpRoot => new(_sandbox.ErpBase, "v2.0/sandbox/production/");

    [Fact]
    public async Task SubscribesAfterTheHandshake_AndAChangeReachesTheHub()
    {
        await RunAsync<ErpPullJob>(job => job.RunAsync(CancellationToken.None));
        await RunAsync<ErpSubscriptionJob>(job => job.RunAsync(CancellationToken.None));

        await using (var db = Db())
        {
            var subscriptions = await db.WebhookSubscriptions.ToListAsync();
            Assert.Equal(3, subscriptions.Count);
            Assert.All(subscriptions, s => Assert.Null(s.LastError));
            Assert.All(subscriptions, s => Assert.InRange(s.ExpiresAt!.Value, DateTimeOffset.UtcNow.AddDays(2.9), DateTimeOffset.UtcNow.AddDays(3.1)));
        }

        await RaiseCreditLimitAtTheErpAsync(35000m);

        var profile = await TestWait.ForAsync(async () =>
        {
            await using var db = Db();
            return await db.CreditProfiles.AsNoTracking().SingleOrDefaultAsync(p => p.ErpCustomerId == _customer.ToString() && p.CreditLimit == 35000m);
        }, TimeSpan.FromSeconds(30), "the notified change to reach the hub");
        Assert.Equal(35000m, profile.CreditLimit);
        await using var check = Db();
        Assert.True(await check.WebhookEvents.AnyAsync(e => e.Outcome == WebhookEventOutcome.Accepted && e.Resource!.Contains(_customer.ToString())));
    }

    private async Task RaiseCreditLimitAtTheErpAsync(decimal limit)
    {
        using var http = new HttpClient { BaseAddress = ErpRoot };
        using var request = new HttpRequestMessage(HttpMethod.Patch, $"api/v2.0/companies({SandboxRows.CompanyId})/customers({_customer})")
        {
            Content = JsonContent.Create(new { creditLimit = limit }),
        };
        request.Headers.TryAddWithoutValidation("If-Match", "*");
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
    }

    private PortalDbContext Db() => _portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContext();

    private async Task RunAsync<TJob>(Func<TJob, Task> run)
        where TJob : notnull
    {
        using var scope = _portal.Services.CreateScope();
        await run(scope.ServiceProvider.GetRequiredService<TJob>());
    }
}
