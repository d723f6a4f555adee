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

    [Fact]
    public void SaysHowManyOpenInvoicesAreNotListed_WhenThereAreMoreThanShown()
    {
        var cut = Render([Invoice("INV-1", overdue: true), Invoice("INV-2", overdue: false)], (_, _) => new PaidInvoicePage([], 0), openCount: 340);

        Assert.Contains("Showing the 2 open invoices due first, of 340", cut.Find("[data-testid=open-invoices-more]").TextContent);
    }

    [Fact]
    public void SaysNothingMore_WhenEveryOpenInvoiceIsListed()
    {
        var cut = Render([Invoice("INV-1", overdue: true)], (_, _) => new PaidInvoicePage([], 0), openCount: 1);

        Assert.Empty(cut.FindAll("[data-testid=open-invoices-more]"));
    }

    private IRenderedComponent<InvoicesPanel> Render(InvoiceView[] open, Func<int, int, PaidInvoicePage> paid, int? openCount = null) =>
        Context.Render<InvoicesPanel>(p => p
            .Add(x => x.OpenInvoices, open)
            .Add(x => x.OpenCount, openCount ?? open.Length)
            .Add(x => x.LoadPaidPage, (page, size, _) => Task.FromResult(paid(page, size))));

    private static InvoiceView Invoice(string number, bool overdue, InvoiceStatus status = InvoiceStatus.Open) =>
        new(Guid.NewGuid(), number, "NZD", 100m, status == InvoiceStatus.Open ? 100m : 0m, Today.AddDays(-40), overdue ? Today.AddDays(-10) : Today.AddDays(10), status, overdue);
}
