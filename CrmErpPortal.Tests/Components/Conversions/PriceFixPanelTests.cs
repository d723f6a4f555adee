using Bunit;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.Conversions;
using CrmErpPortal.Features.Conversions.Prices;
using CrmErpPortal.Features.Conversions.Queue;
using CrmErpPortal.Tests.TestSupport;

namespace CrmErpPortal.Tests.Components.Conversions;

/// <summary>The queue's price fix: each line beside the ERP price, accept either side per line or for all, settled lines say who chose.</summary>
public sealed class PriceFixPanelTests : PortalComponentTest
{
    private static readonly QuotePrices Open = new(Guid.NewGuid(), "QUO-05001", "NZD",
    [
        new QuotePriceLine(1, "1000-M10", 10, 32.00m, 38.50m, Differs: true, null, null),
        new QuotePriceLine(2, "1100-20MM", 2, 12.30m, 12.30m, Differs: false, null, null),
    ]);

    private readonly List<PriceFixPanel.PriceChoice> _pressed = [];

    private IRenderedComponent<PriceFixPanel> Render(QuotePrices prices) =>
        Context.Render<PriceFixPanel>(p => p.Add(c => c.Prices, prices).Add(c => c.OnAccept, (PriceFixPanel.PriceChoice choice) => _pressed.Add(choice)));

    [Fact]
    public void ShowsEachLineBesideTheErpPrice_WithChoicesOnlyWhereTheyDiffer()
    {
        var cut = Render(Open);

        var rows = cut.FindAll("[data-testid=price-line]");
        Assert.Equal(2, rows.Count);
        Assert.Contains("NZD 32.00", rows[0].TextContent);
        Assert.Contains("NZD 38.50", rows[0].TextContent);
        Assert.Single(cut.FindAll("[data-testid=accept-erp]"));
        Assert.Contains("Matches", rows[1].TextContent);
        Assert.Equal("Accept the ERP price on line 1", cut.Find("[data-testid=accept-erp]").GetAttribute("aria-label"));
    }

    [Fact]
    public void AcceptingOneLine_OrAllLines_SaysWhichSideAndWhichLine()
    {
        var cut = Render(Open);

        cut.Find("[data-testid=accept-erp]").Click();
        cut.Find("[data-testid=accept-crm]").Click();
        cut.Find("[data-testid=accept-all-crm]").Click();

        Assert.Equal([new(PriceSide.Erp, 1), new(PriceSide.Crm, 1), new(PriceSide.Crm, null)], _pressed);
    }

    [Fact]
    public void ASettledQuote_SaysWhoAcceptedWhat_AndThatRetryConverts()
    {
        var settled = Open with { Lines = [Open.Lines[0] with { Accepted = PriceSide.Crm, AcceptedByName = "Liam Chen" }, Open.Lines[1]] };

        var cut = Render(settled);

        Assert.Contains("CRM price accepted by Liam Chen", cut.Find("[data-testid=price-decision]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=accept-erp]"));
        Assert.Empty(cut.FindAll("[data-testid=accept-all-erp]"));
        Assert.Contains("press Retry", cut.Find("[data-testid=prices-settled]").TextContent);
    }

    [Fact]
    public void TheQueueRow_OffersSettlePrices_ForAPriceMismatch()
    {
        var issue = new ConversionIssueRow(Guid.NewGuid(), ConversionCause.PriceMismatch, "Prices differ", Guid.NewGuid(), "Tui Bakery Ltd", Guid.NewGuid(), "QUO-05001",
            null, 320m, "NZD", "Aroha Ngata", HubRecords.Now, TimeSpan.FromHours(3));
        ConversionIssueRow? settled = null;

        var cut = Context.Render<ConversionIssueActions>(p => p.Add(c => c.Issue, issue).Add(c => c.OnSettlePrices, (ConversionIssueRow row) => settled = row));
        cut.Find("[data-testid=conversion-settle-prices]").Click();

        Assert.Same(issue, settled);
        Assert.Contains("accept the ERP price", cut.Find("[data-testid=conversion-fix-text]").TextContent);
    }
}
