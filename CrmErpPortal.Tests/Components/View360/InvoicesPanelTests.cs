using Bunit;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.Customers.View360;
using CrmErpPortal.Tests.TestSupport;

namespace CrmErpPortal.Tests.Components.View360;

public sealed class InvoicesPanelTests : PortalComponentTest
{
    private static readonly DateOnly Today = new(2026, 11, 28);

    [Fact]
    public void HighlightsOverdueInvoices()
    {
        InvoiceView[] open = [Invoice("INV-LATE", overdue: true), Invoice("INV-OK", overdue: false)];

        var cut = Render(open, (_, _) => new PaidInvoicePage([], 0));

        var overdue = Assert.Single(cut.FindAll("tr.overdue"));
        Assert.Contains("INV-LATE", overdue.TextContent);
        Assert.Contains("Overdue", overdue.TextContent);
    }

    [Fact]
    public void AsksTheServerForOnePageOfPaidHistory()
    {
        var requests = new List<(int Page, int Size)>();

        var cut = Render([], (page, size) =>
        {
            requests.Add((page, size));
            return new PaidInvoicePage([Invoice("INV-PAID-1", overdue: false, InvoiceStatus.Paid)], 42);
        });

        cut.WaitForAssertion(() => Assert.Contains("INV-PAID-1", cut.Markup));
        Assert.Equal((0, 10), Assert.Single(requests));
    }

    [Fact]
    public void SaysNothingIsOwing_WhenNoInvoiceIsOpen()
    {
        var cut = Render([], (_, _) => new PaidInvoicePage([], 0));

        Assert.Contains("no open invoices", cut.Find("[data-testid=no-open-invoices]").TextContent);
    }

    private IRenderedComponent<InvoicesPanel> Render(InvoiceView[] open, Func<int, int, PaidInvoicePage> paid) =>
        Context.Render<InvoicesPanel>(p => p
            .Add(x => x.OpenInvoices, open)
            .Add(x => x.LoadPaidPage, (page, size, _) => Task.FromResult(paid(page, size))));

    private static InvoiceView Invoice(string number, bool overdue, InvoiceStatus status = InvoiceStatus.Open) =>
        new(Guid.NewGuid(), number, "NZD", 100m, status == InvoiceStatus.Open ? 100m : 0m, Today.AddDays(-40), overdue ? Today.AddDays(-10) : Today.AddDays(10), status, overdue);
}
