using CrmErpPortal.Components.Shared;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.Customers.View360;
using CrmErpPortal.Tests.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Time.Testing;

namespace CrmErpPortal.Tests.Integration.Features.View360;

public sealed class GetCustomer360QueryTests : IAsyncLifetime
{
    // HubRecords.Now is 09:00 on 28 Nov in Auckland, the display zone that decides what is overdue.
    private static readonly DateOnly Today = new(2026, 11, 28);
    private readonly TestDatabase _database = new();
    private readonly Customer _customer = HubRecords.Customer("Kiwi Plumbing Ltd");

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        await _database.SeedAsync(db =>
        {
            db.Customers.Add(_customer);
            db.SourceLinks.AddRange(HubRecords.Link(_customer, SourceSystem.Crm), HubRecords.Link(_customer, SourceSystem.Erp));
        });
    }

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task ReturnsNull_WhenNoCustomerHasTheId()
    {
        var result = await ExecuteAsync(Guid.NewGuid());

        Assert.Null(result);
    }

    [Fact]
    public async Task AddsOpenOrdersNotYetInvoicedToTheBalance_AsExposure()
    {
        await _database.SeedAsync(db =>
        {
            db.CreditProfiles.Add(HubRecords.Credit(_customer, "NZD", limit: 10000m, balance: 6000m));
            db.SalesOrders.AddRange(
                Order("SO-1", 3000m, SalesOrderStatus.Open),
                Order("SO-2", 2500m, SalesOrderStatus.Released),
                Order("SO-3", 9000m, SalesOrderStatus.Invoiced),
                Order("SO-4", 7000m, SalesOrderStatus.Cancelled));
        });

        var credit = (await ExecuteAsync(_customer.Id))!.Credit!;

        Assert.Equal(5500m, credit.OpenOrdersNotInvoiced);
        Assert.Equal(11500m, credit.Exposure);
        Assert.True(credit.IsOverLimit);
    }

    [Fact]
    public async Task NeverWarnsOverLimit_WhenTheLimitIsZero()
    {
        await _database.SeedAsync(db =>
        {
            db.CreditProfiles.Add(HubRecords.Credit(_customer, "NZD", limit: 0m, balance: 6000m));
            db.SalesOrders.Add(Order("SO-1", 3000m, SalesOrderStatus.Open));
        });

        var credit = (await ExecuteAsync(_customer.Id))!.Credit!;

        Assert.Equal(9000m, credit.Exposure);
        Assert.False(credit.IsOverLimit);
    }

    [Fact]
    public async Task ListsOpenInvoicesByDueDate_AndFlagsOnlyThosePastDue()
    {
        await _database.SeedAsync(db => db.Invoices.AddRange(
            Invoice("INV-LATER", Today.AddDays(10)),
            Invoice("INV-LATE", Today.AddDays(-5)),
            Invoice("INV-TODAY", Today),
            Invoice("INV-PAID", Today.AddDays(-40), InvoiceStatus.Paid)));

        var result = (await ExecuteAsync(_customer.Id))!;

        Assert.Equal(["INV-LATE", "INV-TODAY", "INV-LATER"], result.OpenInvoices.Select(i => i.InvoiceNumber));
        Assert.Equal([true, false, false], result.OpenInvoices.Select(i => i.IsOverdue));
        Assert.Equal("INV-PAID", Assert.Single(result.PaidInvoices.Items).InvoiceNumber);
    }

    [Fact]
    public async Task PagesPaidHistoryOnTheServer_NewestFirst()
    {
        await _database.SeedAsync(db => db.Invoices.AddRange(
            Enumerable.Range(1, 25).Select(i => Invoice($"INV-{i:00}", Today.AddDays(-100 + i), InvoiceStatus.Paid))));

        var page = await new ListPaidInvoicesQuery(_database.Contexts).ExecuteAsync(new ListPaidInvoicesInput(_customer.Id, Page: 2, PageSize: 10), CancellationToken.None);

        Assert.Equal(25, page.TotalCount);
        Assert.Equal(["INV-05", "INV-04", "INV-03", "INV-02", "INV-01"], page.Items.Select(i => i.InvoiceNumber));
    }

    [Fact]
    public async Task MergesEventsFromBothSystemsIntoOneTimeline_NewestFirst()
    {
        var order = Order("SO-7", 1200m, SalesOrderStatus.Shipped, new DateOnly(2026, 11, 20));
        order.StatusHistory.Add(new SalesOrderStatusChange { SalesOrderId = order.Id, Status = SalesOrderStatus.Shipped, ChangedAt = new(2026, 11, 22, 3, 0, 0, TimeSpan.Zero) });
        await _database.SeedAsync(db =>
        {
            db.SalesOrders.Add(order);
            var quote = Quote("Q-7", QuoteState.Won, wonAt: new(2026, 11, 19, 1, 0, 0, TimeSpan.Zero));
            quote.SentAt = new(2026, 11, 12, 1, 0, 0, TimeSpan.Zero);
            db.Quotes.Add(quote);
            var paid = Invoice("INV-6", Today.AddDays(-10), InvoiceStatus.Paid, invoiceDate: new DateOnly(2026, 10, 1));
            paid.PaidAt = new(2026, 11, 26, 0, 0, 0, TimeSpan.Zero);
            db.Invoices.Add(paid);
            db.ServiceCases.Add(new ServiceCase { CustomerId = _customer.Id, CrmCaseId = "case-1", Title = "Leaking valve", OpenedAt = new(2026, 11, 25, 0, 0, 0, TimeSpan.Zero) });
            db.Invoices.Add(Invoice("INV-7", Today.AddDays(20), invoiceDate: new DateOnly(2026, 11, 23)));
        });

        var timeline = (await ExecuteAsync(_customer.Id))!.Timeline;

        Assert.Equal(
            [TimelineKind.InvoicePaid, TimelineKind.CaseOpened, TimelineKind.InvoiceIssued, TimelineKind.OrderStatusChanged, TimelineKind.OrderCreated,
                TimelineKind.QuoteWon, TimelineKind.QuoteSent, TimelineKind.InvoiceIssued],
            timeline.Select(e => e.Kind));
        Assert.Equal("Invoice INV-6 paid (NZD 100.00)", timeline[0].Text);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)] // Business Central upper-cases Code fields such as externalDocumentNumber
    public async Task ShowsAQuoteAsConverted_WhenAnErpOrderCarriesItsIdInNForm(bool upperCase)
    {
        var crmQuoteId = Guid.NewGuid();
        var order = Order("SO-9", 100m, SalesOrderStatus.Open);
        order.ExternalDocumentNumber = upperCase ? crmQuoteId.ToString("N").ToUpperInvariant() : crmQuoteId.ToString("N");
        await _database.SeedAsync(db =>
        {
            db.SalesOrders.Add(order);
            db.Quotes.AddRange(Quote("Q-9", QuoteState.Won, crmQuoteId: crmQuoteId.ToString()), Quote("Q-10", QuoteState.Won));
        });

        var quotes = (await ExecuteAsync(_customer.Id))!.Quotes;

        Assert.True(quotes.Single(q => q.QuoteNumber == "Q-9").HasErpOrder);
        Assert.False(quotes.Single(q => q.QuoteNumber == "Q-10").HasErpOrder);
    }

    [Fact]
    public async Task ListsTheFirstContactsAndOpenInvoices_WithTheirTotalCounts()
    {
        await _database.SeedAsync(db =>
        {
            db.Invoices.AddRange(Enumerable.Range(1, GetCustomer360Query.OpenInvoiceCap + 20).Select(i => Invoice($"INV-{i:000}", Today.AddDays(i))));
            db.Contacts.AddRange(Enumerable.Range(1, GetCustomer360Query.ContactCap + 10).Select(i => new Contact
            {
                CustomerId = _customer.Id, CrmContactId = $"c-{i}", FirstName = "Pat", LastName = $"Surname {i:000}", IsPrimary = i == 42, SyncedAt = HubRecords.Now,
            }));
        });

        var result = (await ExecuteAsync(_customer.Id))!;

        Assert.Equal(GetCustomer360Query.OpenInvoiceCap + 20, result.OpenInvoiceCount);
        Assert.Equal(GetCustomer360Query.OpenInvoiceCap, result.OpenInvoices.Count);
        Assert.Equal("INV-001", result.OpenInvoices[0].InvoiceNumber);
        Assert.Equal(GetCustomer360Query.ContactCap + 10, result.ContactCount);
        Assert.Equal(GetCustomer360Query.ContactCap, result.Contacts.Count);
        Assert.Equal("Pat Surname 042", result.Contacts[0].Name);
    }

    [Fact]
    public async Task SaysWhichSystemOwnsEachField()
    {
        var fields = (await ExecuteAsync(_customer.Id))!.Fields.ToDictionary(f => f.Name, f => f.Owner);

        Assert.Equal(OwnerSystem.Crm, fields["DisplayName"]);
        Assert.Equal(OwnerSystem.Crm, fields["Email"]);
        Assert.Equal(OwnerSystem.Erp, fields["CustomerNumber"]);
    }

    private Task<Customer360?> ExecuteAsync(Guid id) =>
        new GetCustomer360Query(_database.Contexts, new FakeTimeProvider(HubRecords.Now), new DisplayTimeZone(new ConfigurationBuilder().Build()))
            .ExecuteAsync(new Customer360Input(id), CancellationToken.None);

    private SalesOrder Order(string number, decimal total, SalesOrderStatus status, DateOnly? date = null) => new()
    {
        CustomerId = _customer.Id,
        ErpOrderId = Guid.NewGuid().ToString(),
        OrderNumber = number,
        CurrencyCode = "NZD",
        TotalAmount = total,
        Status = status,
        OrderDate = date ?? Today.AddDays(-3),
        SyncedAt = HubRecords.Now,
    };

    private Invoice Invoice(string number, DateOnly due, InvoiceStatus status = InvoiceStatus.Open, DateOnly? invoiceDate = null) => new()
    {
        CustomerId = _customer.Id,
        ErpInvoiceId = Guid.NewGuid().ToString(),
        InvoiceNumber = number,
        CurrencyCode = "NZD",
        TotalAmount = 100m,
        RemainingAmount = status == InvoiceStatus.Open ? 100m : 0m,
        InvoiceDate = invoiceDate ?? due.AddDays(-30),
        DueDate = due,
        Status = status,
        SyncedAt = HubRecords.Now,
    };

    private Quote Quote(string number, QuoteState state, DateTimeOffset? wonAt = null, string? crmQuoteId = null) => new()
    {
        CustomerId = _customer.Id,
        CrmQuoteId = crmQuoteId ?? Guid.NewGuid().ToString(),
        QuoteNumber = number,
        Name = $"Quote {number}",
        State = state,
        CurrencyCode = "NZD",
        TotalAmount = 500m,
        WonAt = wonAt,
        SourceModifiedAt = HubRecords.Now,
        SyncedAt = HubRecords.Now,
    };
}
