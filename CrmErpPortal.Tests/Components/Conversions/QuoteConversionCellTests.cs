using System.Security.Claims;
using Bunit;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.Conversions;
using CrmErpPortal.Security;
using CrmErpPortal.Tests.TestSupport;

namespace CrmErpPortal.Tests.Components.Conversions;

/// <summary>A quote's conversion state and "Convert to order" on the 360 page, with the ERP unreachable.</summary>
public sealed class QuoteConversionCellTests : PortalComponentTest, IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private readonly Customer _tui = HubRecords.Customer("Tui Bakery Ltd");
    private ConversionServices _services = default!;
    private Quote _quote = default!;

    async Task IAsyncLifetime.InitializeAsync()
    {
        await _database.InitializeAsync();
        _quote = new Quote
        {
            CustomerId = _tui.Id, CrmQuoteId = Guid.NewGuid().ToString(), QuoteNumber = "QUO-01042", Name = "Ovens", State = QuoteState.Won,
            CurrencyCode = "NZD", TotalAmount = 24200m, WonAt = HubRecords.Now, SourceModifiedAt = HubRecords.Now, SyncedAt = HubRecords.Now,
        };
        await _database.SeedAsync(db =>
        {
            db.Customers.Add(_tui);
            db.SourceLinks.Add(HubRecords.Link(_tui, SourceSystem.Erp));
            db.Quotes.Add(_quote);
        });
        _services = new ConversionServices(Context.Services, _database);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await _services.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public void OffersConvertToOrder_ForASalesRep()
    {
        SignIn(Roles.SalesRep, Policies.ConvertQuotes);

        var cut = Render();

        Assert.Contains("Won, not yet an ERP order", cut.Markup);
        Assert.Equal("Convert QUO-01042 to an ERP order", cut.Find("[data-testid=convert-quote]").GetAttribute("aria-label"));
    }

    [Fact]
    public void OffersNoConversion_ToLeadership()
    {
        SignIn(Roles.Leadership);

        var cut = Render();

        Assert.Empty(cut.FindAll("[data-testid=convert-quote]"));
    }

    [Fact]
    public void ShowsTheErpOrder_AndNoButton_WhenTheQuoteIsAnOrderAlready()
    {
        SignIn(Roles.SalesRep, Policies.ConvertQuotes);

        var cut = Render(hasErpOrder: true, erpOrderNumber: "SO-1007");

        Assert.Contains("In the ERP as SO-1007", cut.Markup);
        Assert.Empty(cut.FindAll("[data-testid=convert-quote]"));
    }

    [Fact]
    public void SaysNothingWasConverted_WhenTheErpDoesNotAnswer()
    {
        SignIn(Roles.SalesRep, Policies.ConvertQuotes);
        var cut = Render();

        cut.Find("[data-testid=convert-quote]").Click();

        cut.WaitForAssertion(() => Assert.Contains("Nothing was", cut.Find("[data-testid=convert-result]").TextContent), TimeSpan.FromSeconds(30));
        Assert.Contains("Convert to order", cut.Find("[data-testid=convert-quote]").TextContent);
    }

    private void SignIn(string role, params string[] policies) =>
        Context.AddAuthorization().SetAuthorized("Aroha Ngata").SetRoles(role).SetPolicies(policies).SetClaims(new Claim(ClaimTypes.NameIdentifier, "aroha"));

    private IRenderedComponent<QuoteConversionCell> Render(bool hasErpOrder = false, string? erpOrderNumber = null) =>
        Context.Render<QuoteConversionCell>(p => p
            .Add(c => c.QuoteId, _quote.Id).Add(c => c.QuoteNumber, _quote.QuoteNumber).Add(c => c.CustomerId, _tui.Id).Add(c => c.CustomerName, _tui.DisplayName)
            .Add(c => c.Amount, _quote.TotalAmount).Add(c => c.CurrencyCode, "NZD").Add(c => c.State, QuoteState.Won)
            .Add(c => c.HasErpOrder, hasErpOrder).Add(c => c.ErpOrderNumber, erpOrderNumber));
}
