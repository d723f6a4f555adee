using System.Security.Claims;
using Bunit;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.Conversions.Credit;
using CrmErpPortal.Security;
using CrmErpPortal.Tests.TestSupport;
using Hangfire;
using Hangfire.InMemory;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmErpPortal.Tests.Components.Conversions;

/// <summary>The credit controller's list on a real SQLite hub: approve another's request, and the four-eyes message for one's own.</summary>
public sealed class CreditRequestsPageTests : PortalComponentTest, IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private readonly Customer _tui = HubRecords.Customer("Tui Bakery Ltd");
    private ConversionServices _services = default!;

    async Task IAsyncLifetime.InitializeAsync()
    {
        await _database.InitializeAsync();
        await _database.SeedAsync(db =>
        {
            db.Customers.Add(_tui);
            db.SourceLinks.Add(HubRecords.Link(_tui, SourceSystem.Erp));
            db.CreditProfiles.Add(HubRecords.Credit(_tui, "NZD", limit: 20000m, balance: 18500m, overdue: 2300m));
        });
        _services = new ConversionServices(Context.Services, _database);
        Context.Services.AddSingleton<IBackgroundJobClient>(new BackgroundJobClient(new InMemoryStorage()));
        Context.Services.AddScoped<DecideCreditRequestCommand>();
        Context.AddAuthorization().SetAuthorized("Mei Chen").SetRoles(Roles.CreditController).SetPolicies(Policies.CreditDecisions)
            .SetClaims(new Claim(ClaimTypes.NameIdentifier, "mei"));
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await _services.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public void SaysWhereRequestsComeFrom_WhenNoneAreWaiting()
    {
        var cut = Context.Render<CreditRequestsPage>();

        Assert.Contains("No credit requests are waiting", cut.WaitForElement("[data-testid=credit-requests-empty]").TextContent);
    }

    [Fact]
    public async Task ApprovesAnothersRequest_WithThePaymentHistoryBesideIt()
    {
        var request = await SeedAsync("aroha", "Aroha Ngata");
        var cut = Context.Render<CreditRequestsPage>();
        cut.WaitForAssertion(() => Assert.Contains("NZD 2,300.00", cut.Find("[data-testid=payment-history]").TextContent));

        cut.Find("[data-testid=credit-approve]").Click();

        cut.WaitForElement("[data-testid=credit-requests-empty]");
        Assert.Equal(CreditRequestStatus.Approved, await StatusAsync(request.Id));
    }

    [Fact]
    public async Task ShowsTheFourEyesMessage_WhenTheControllerTriesTheirOwnRequest()
    {
        var request = await SeedAsync("mei", "Mei Chen");
        var cut = Context.Render<CreditRequestsPage>();

        cut.WaitForElement("[data-testid=credit-approve]").Click();

        cut.WaitForAssertion(() => Assert.Contains("another credit controller must decide it", cut.Find("[data-testid=credit-decision-error]").TextContent));
        Assert.Equal(CreditRequestStatus.Pending, await StatusAsync(request.Id));
    }

    private async Task<CreditRequest> SeedAsync(string requestedBy, string requestedByName)
    {
        var request = new CreditRequest
        {
            CustomerId = _tui.Id, Kind = CreditRequestKind.NewLimit, Amount = 35000m, CurrencyCode = "NZD", Reason = "Bigger orders from March",
            Status = CreditRequestStatus.Pending, RequestedBy = requestedBy, RequestedByName = requestedByName, RequestedAt = HubRecords.Now,
        };
        await _database.SeedAsync(db => db.CreditRequests.Add(request));
        return request;
    }

    private async Task<CreditRequestStatus> StatusAsync(Guid id)
    {
        await using var db = await _database.Contexts.CreateDbContextAsync();
        return await db.CreditRequests.Where(r => r.Id == id).Select(r => r.Status).SingleAsync();
    }
}
