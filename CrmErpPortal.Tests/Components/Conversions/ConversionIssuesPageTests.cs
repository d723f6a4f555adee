using System.Security.Claims;
using Bunit;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.Conversions;
using CrmErpPortal.Features.Conversions.Queue;
using CrmErpPortal.Security;
using CrmErpPortal.Tests.TestSupport;
using MudBlazor;

namespace CrmErpPortal.Tests.Components.Conversions;

/// <summary>The stuck-conversion queue on a real SQLite hub: empty state, one row per issue in plain words, filter by cause.</summary>
public sealed class ConversionIssuesPageTests : PortalComponentTest, IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private readonly Customer _tui = HubRecords.Customer("Tui Bakery Ltd");
    private readonly Customer _wattle = HubRecords.Customer("Wattle Supplies Pty Ltd", country: "AU");
    private ConversionServices _services = default!;

    async Task IAsyncLifetime.InitializeAsync()
    {
        await _database.InitializeAsync();
        await _database.SeedAsync(db => db.Customers.AddRange(_tui, _wattle));
        _services = new ConversionServices(Context.Services, _database);
        Context.AddAuthorization().SetAuthorized("Liam O'Connell").SetRoles(Roles.DataSteward).SetPolicies(Policies.Conversions)
            .SetClaims(new Claim(ClaimTypes.NameIdentifier, "liam"));
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await _services.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public void SaysNothingIsStuck_AndWhatHappensNext_WhenThereAreNoIssues()
    {
        var cut = Context.Render<ConversionIssuesPage>();

        var empty = cut.WaitForElement("[data-testid=conversions-empty]");
        Assert.Contains("Nothing is stuck", empty.TextContent);
        Assert.Contains("customer page", empty.TextContent);
    }

    [Fact]
    public async Task ShowsARowPerIssue_WithItsCauseInPlainWords_CustomerLinkAmountAndOwner()
    {
        await SeedAsync(
            Issue(_tui, ConversionCause.CreditLimitExceeded, "Aroha Ngata", 4200m),
            Issue(_wattle, ConversionCause.InvalidTaxNumber, "Sam Wilson", 980m, "AUD"));

        var cut = Context.Render<ConversionIssuesPage>();

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("tbody tr").Count));
        var causes = cut.FindAll("[data-testid=conversion-cause]").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(["Over the credit limit", "Tax number missing or invalid"], causes.Order());
        var tui = cut.FindAll("tbody tr").Single(r => r.TextContent.Contains("Tui Bakery Ltd"));
        Assert.Contains("NZD 4,200.00", tui.TextContent);
        Assert.Contains("Aroha Ngata", tui.TextContent);
        Assert.Equal($"/customers/{_tui.Id}", tui.QuerySelector("a")!.GetAttribute("href"));
        Assert.NotNull(tui.QuerySelector("[data-testid=conversion-ask-credit]"));
    }

    [Fact]
    public async Task ShowsOnlyTheChosenCause_WhenFiltered()
    {
        await SeedAsync(
            Issue(_tui, ConversionCause.CreditLimitExceeded, "Aroha Ngata", 4200m),
            Issue(_wattle, ConversionCause.InvalidTaxNumber, "Sam Wilson", 980m, "AUD"));
        var cut = Context.Render<ConversionIssuesPage>();
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("tbody tr").Count));

        var filter = cut.FindComponent<MudSelect<ConversionCause?>>();
        await cut.InvokeAsync(() => filter.Instance.ValueChanged.InvokeAsync(ConversionCause.InvalidTaxNumber));

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("tbody tr")));
        Assert.Contains("Wattle Supplies Pty Ltd", cut.Find("tbody tr").TextContent);
        Assert.Equal("Tax number missing or invalid", cut.Find("[data-testid=conversion-cause]").TextContent.Trim());
    }

    private static ConversionIssue Issue(Customer customer, ConversionCause cause, string owner, decimal amount, string currency = "NZD")
    {
        var issue = HubRecords.ConversionIssue(customer, cause, owner);
        issue.Amount = amount;
        issue.CurrencyCode = currency;
        return issue;
    }

    private Task SeedAsync(params ConversionIssue[] issues) => _database.SeedAsync(db => db.ConversionIssues.AddRange(issues));
}
