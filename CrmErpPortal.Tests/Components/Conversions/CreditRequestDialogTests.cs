using Bunit;
using CrmErpPortal.Components.Shared;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.Conversions.Credit;
using CrmErpPortal.Security;
using CrmErpPortal.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace CrmErpPortal.Tests.Components.Conversions;

/// <summary>The "ask credit control" form with the real command on a real SQLite hub.</summary>
public sealed class CreditRequestDialogTests : PortalComponentTest, IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private readonly Customer _tui = HubRecords.Customer("Tui Bakery Ltd");

    async Task IAsyncLifetime.InitializeAsync()
    {
        await _database.InitializeAsync();
        await _database.SeedAsync(db =>
        {
            db.Customers.Add(_tui);
            db.SourceLinks.Add(HubRecords.Link(_tui, SourceSystem.Erp));
            db.CreditProfiles.Add(HubRecords.Credit(_tui, "NZD", limit: 20000m, balance: 18500m, overdue: 2300m));
        });
        Context.Services.AddSingleton(_database.Contexts);
        Context.Services.AddSingleton(TimeProvider.System);
        Context.Services.AddSingleton(new DisplayTimeZone(new ConfigurationBuilder().Build()));
        Context.Services.AddScoped<RaiseCreditRequestCommand>();
        Context.Services.AddScoped<ListCreditRequestsQuery>();
        Context.AddAuthorization().SetAuthorized("Aroha Ngata").SetRoles(Roles.SalesRep);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task ShowsTheCustomersPaymentHistory()
    {
        var cut = await OpenAsync();

        cut.WaitForAssertion(() => Assert.Contains("NZD 2,300.00", cut.Find("[data-testid=payment-history]").TextContent));
        Assert.Contains("NZD 20,000.00", cut.Find("[data-testid=payment-history]").TextContent);
    }

    [Fact]
    public async Task RequiresAnAmountAndAReason_AndSavesNothing()
    {
        var cut = await OpenAsync();

        cut.Find("[data-testid=credit-submit]").Click();

        cut.WaitForAssertion(() => Assert.Contains("Give the new limit, an amount above zero.", cut.Markup));
        Assert.Contains("Say why, so credit control can decide.", cut.Markup);
        Assert.Equal(0, await CountAsync());
    }

    [Fact]
    public async Task RefusesANegativeOrZeroLimit()
    {
        var cut = await OpenAsync();

        cut.Find("[data-testid=credit-amount] input, input[data-testid=credit-amount]").Change("0");
        cut.Find("[data-testid=credit-reason] textarea, textarea[data-testid=credit-reason]").Change("Bigger orders from March");
        cut.Find("[data-testid=credit-submit]").Click();

        cut.WaitForAssertion(() => Assert.Contains("Give the new limit, an amount above zero.", cut.Markup));
        Assert.Equal(0, await CountAsync());
    }

    [Fact]
    public async Task RaisesANewLimitRequest_ThroughTheCommand_WhenValid()
    {
        var cut = await OpenAsync();

        cut.Find("[data-testid=credit-amount] input, input[data-testid=credit-amount]").Change("35000");
        cut.Find("[data-testid=credit-reason] textarea, textarea[data-testid=credit-reason]").Change("Bigger orders from March");
        cut.Find("[data-testid=credit-submit]").Click();

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=credit-submit]")));
        await using var db = await _database.Contexts.CreateDbContextAsync();
        var request = await db.CreditRequests.SingleAsync();
        Assert.Equal(CreditRequestKind.NewLimit, request.Kind);
        Assert.Equal(35000m, request.Amount);
        Assert.Equal("Bigger orders from March", request.Reason);
        Assert.Equal(CreditRequestStatus.Pending, request.Status);
    }

    private async Task<int> CountAsync()
    {
        await using var db = await _database.Contexts.CreateDbContextAsync();
        return await db.CreditRequests.CountAsync();
    }

    private async Task<IRenderedComponent<MudDialogProvider>> OpenAsync()
    {
        var cut = Context.Render<MudDialogProvider>();
        var dialogs = Context.Services.GetRequiredService<IDialogService>();
        _ = cut.InvokeAsync(() => CreditRequestDialogs.OpenAsync(dialogs, _tui.Id, _tui.DisplayName));
        cut.WaitForAssertion(() => cut.Find("[data-testid=payment-history]"));
        return cut;
    }
}
