using System.Net.Http.Json;
using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.Sync.Pull;
using CrmErpPortal.Features.Sync.Webhooks;
using CrmErpPortal.Integration;
using CrmErpPortal.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CrmErpPortal.Tests.Integration.Sync;

/// <summary>The CRM event path over real HTTP: registration through the Web API, a change, the webhook post, the pull.</summary>
public sealed class CrmWebhookFlowTests : IAsyncLifetime
{
    private readonly SandboxHost _sandbox = new();
    private readonly Guid _account = Guid.NewGuid();
    private PortalAppFactory _portal = default!;

    public async Task InitializeAsync()
    {
        await _sandbox.InitializeAsync();
        await _sandbox.Systems.Crm.Store.InsertAsync("accounts", _account, SandboxRows.Account(_account, "Kea Couriers Ltd"));
        _portal = new PortalAppFactory()
            .With("Integration:Crm:BaseUrl", _sandbox.CrmBase.ToString())
            .With("Integration:Crm:WebhookKey", "crm-flow-key");
        var address = _portal.StartOnLoopback();
        // The port is known only once Kestrel listens, so the webhook address is set after start.
        _portal.Services.GetRequiredService<IOptions<CrmOptions>>().Value.WebhookUrl = new Uri(address, "webhooks/crm");
    }

    public async Task DisposeAsync()
    {
        await _portal.DisposeAsync();
        await _sandbox.DisposeAsync();
    }

    [Fact]
    public async Task RegistersOnce_AndARenamedAccountReachesTheHub()
    {
        await RunAsync<CrmPullJob>(job => job.RunAsync(CancellationToken.None));
        await RunAsync<CrmWebhookJob>(job => job.RunAsync(CancellationToken.None));
        await RunAsync<CrmWebhookJob>(job => job.RunAsync(CancellationToken.None));
        Assert.Equal(1, await _sandbox.Systems.Crm.Store.CountAsync("serviceendpoints"));

        await RenameAtTheCrmAsync("Kea Couriers & Freight Ltd");

        var customer = await TestWait.ForAsync(async () =>
        {
            await using var db = Db();
            var link = await db.SourceLinks.AsNoTracking().SingleAsync(l => l.ExternalId == _account.ToString());
            return await db.Customers.AsNoTracking().SingleOrDefaultAsync(c => c.Id == link.CustomerId && c.DisplayName == "Kea Couriers & Freight Ltd");
        }, TimeSpan.FromSeconds(30), "the webhook-driven pull to rename the golden record");
        Assert.Equal("kea couriers freight", customer.NormalizedName);
        await using var check = Db();
        Assert.True(await check.WebhookEvents.AnyAsync(e => e.System == SourceSystem.Crm && e.Outcome == WebhookEventOutcome.Accepted));
    }

    private async Task RenameAtTheCrmAsync(string name)
    {
        using var http = new HttpClient { BaseAddress = _sandbox.CrmBase };
        using var request = new HttpRequestMessage(HttpMethod.Patch, $"api/data/v9.2/accounts({_account})") { Content = JsonContent.Create(new { name }) };
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
