using System.Security.Claims;
using Bunit;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.Conversions.Credit;
using CrmErpPortal.Security;
using CrmErpPortal.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Tests.Components.Conversions;

/// <summary>"Your credit requests" with the real withdraw command on a real SQLite hub.</summary>
public sealed class MyCreditRequestsTests : PortalComponentTest, IAsyncLifetime
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
            db.CreditRequests.Add(Request("aroha", CreditRequestStatus.Pending, "Payment promised Friday"));
            db.CreditRequests.Add(Request("aroha", CreditRequestStatus.Rejected, "Big order"));
            db.CreditRequests.Add(Request("mei", CreditRequestStatus.Pending, "Someone else's"));
        });
        _services = new ConversionServices(Context.Services, _database);
        Context.AddAuthorization().SetAuthorized("Aroha Ngata").SetRoles(Roles.SalesRep).SetClaims(new Claim(ClaimTypes.NameIdentifier, "aroha"));
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await _services.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public void ListsOnlyTheUsersOwnRequests_WithWithdrawOnlyOnTheWaitingOne()
    {
        var cut = Context.Render<MyCreditRequests>();

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=my-credit-request]").Count));
        Assert.Single(cut.FindAll("[data-testid=credit-withdraw]"));
        Assert.Contains(cut.FindAll("[data-testid=my-credit-request-status]"), s => s.TextContent.Contains("Rejected by Mei Wong"));
    }

    [Fact]
    public async Task Withdraw_TakesTheRequestBack()
    {
        var cut = Context.Render<MyCreditRequests>();
        cut.WaitForElement("[data-testid=credit-withdraw]");

        cut.Find("[data-testid=credit-withdraw]").Click();

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=credit-withdraw]")));
        Assert.Contains(cut.FindAll("[data-testid=my-credit-request-status]"), s => s.TextContent.Contains("Withdrawn"));
        await using var db = _database.Contexts.CreateDbContext();
        Assert.Equal(CreditRequestStatus.Withdrawn, (await db.CreditRequests.SingleAsync(r => r.Reason == "Payment promised Friday")).Status);
    }

    private CreditRequest Request(string by, CreditRequestStatus status, string reason) => new()
    {
        CustomerId = _tui.Id, Kind = CreditRequestKind.NewLimit, Amount = 30_000m, CurrencyCode = "NZD", Reason = reason, Status = status,
        RequestedBy = by, RequestedByName = by, RequestedAt = HubRecords.Now.AddHours(-(int)status - 1),
        DecidedByName = status == CreditRequestStatus.Rejected ? "Mei Wong" : null,
    };
}
