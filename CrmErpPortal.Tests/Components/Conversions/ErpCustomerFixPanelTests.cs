using Bunit;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.Conversions;
using CrmErpPortal.Features.Conversions.ErpCustomers;
using CrmErpPortal.Features.Conversions.Queue;
using CrmErpPortal.Tests.TestSupport;

namespace CrmErpPortal.Tests.Components.Conversions;

/// <summary>The queue's "no ERP customer" fix: a reason is required, a link names the ERP customer, a create the number.</summary>
public sealed class ErpCustomerFixPanelTests : PortalComponentTest
{
    private static readonly ErpCustomerCandidate Free = new(Guid.NewGuid(), "C20001", "KP Trading (Auckland) Limited", LinkedToCrm: false);
    private static readonly ErpCustomerCandidate Taken = new(Guid.NewGuid(), "C20002", "KP Trading (Hamilton) Limited", LinkedToCrm: true);
    private readonly List<ErpCustomerFixPanel.ErpCustomerChoice> _chosen = [];

    private IRenderedComponent<ErpCustomerFixPanel> Render(IReadOnlyList<ErpCustomerCandidate>? candidates = null) =>
        Context.Render<ErpCustomerFixPanel>(p => p.Add(c => c.Candidates, candidates).Add(c => c.SuggestedNumber, "C10001")
            .Add(c => c.OnChoose, (ErpCustomerFixPanel.ErpCustomerChoice choice) => _chosen.Add(choice)));

    [Fact]
    public void AsksForAReason_AndSendsNothingWithoutOne()
    {
        var cut = Render();

        cut.Find("[data-testid=erp-fix-create]").Click();

        Assert.Contains("Say why, so the approver can decide.", cut.Markup);
        Assert.Empty(_chosen);
    }

    [Fact]
    public void RequestsANewErpCustomer_UnderTheSuggestedNumber()
    {
        var cut = Render();
        cut.Find("[data-testid=erp-fix-reason] textarea, textarea[data-testid=erp-fix-reason]").Change("Not in the ERP yet");

        cut.Find("[data-testid=erp-fix-create]").Click();

        Assert.Equal([new(ErpCustomerFix.Create, null, "C10001", "Not in the ERP yet")], _chosen);
    }

    [Fact]
    public void OffersALinkOnlyToAnErpCustomerNoCrmAccountHas()
    {
        var cut = Render([Free, Taken]);
        cut.Find("[data-testid=erp-fix-reason] textarea, textarea[data-testid=erp-fix-reason]").Change("Same NZBN");

        cut.Find("[data-testid=erp-fix-link]").Click();

        Assert.Single(cut.FindAll("[data-testid=erp-fix-link]"));
        Assert.Contains("merge the pair in Duplicates", cut.FindAll("[data-testid=erp-fix-candidate]")[1].TextContent);
        Assert.Equal([new(ErpCustomerFix.Link, Free.ErpCustomerId, null, "Same NZBN")], _chosen);
    }

    [Fact]
    public void TheQueueRow_OffersLinkOrCreate_ForNoErpCustomer()
    {
        var issue = new ConversionIssueRow(Guid.NewGuid(), ConversionCause.NoErpCustomer, "No ERP customer", Guid.NewGuid(), "Tui Bakery Ltd", Guid.NewGuid(), "QUO-05002",
            null, 320m, "NZD", "Aroha Ngata", HubRecords.Now, TimeSpan.FromHours(3));
        ConversionIssueRow? opened = null;

        var cut = Context.Render<ConversionIssueActions>(p => p.Add(c => c.Issue, issue).Add(c => c.OnFixErpCustomer, (ConversionIssueRow row) => opened = row));
        cut.Find("[data-testid=conversion-fix-erp-customer]").Click();

        Assert.Same(issue, opened);
    }
}
