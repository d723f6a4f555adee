using CrmErpPortal.Data.Entities;
using CrmErpPortal.Data.Outbox;
using CrmErpPortal.Features.Dashboards.Leadership;
using CrmErpPortal.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace CrmErpPortal.Tests.Integration.Features.Dashboards;

/// <summary>Every KPI equals the value worked out by hand on a small known hub (real SQLite).</summary>
public sealed class LeadershipDashboardQueryTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = HubRecords.Now; // Friday 27 Nov 2026, 20:00 UTC
    private static readonly DashboardFilter November = new(null, null, null, new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30));

    private readonly TestDatabase _database = new();
    private readonly Customer _kiwi = Owned(HubRecords.Customer("Kiwi Plumbing Ltd"), "Aroha Ngata", "Trade");
    private readonly Customer _harbour = Owned(HubRecords.Customer("Harbour Electrical Ltd"), "Aroha Ngata", "Commercial");
    private readonly Customer _southern = Owned(HubRecords.Customer("Southern Cross Supplies", country: "AU"), "Jack Wilson", "Trade");
    private readonly Customer _merged = HubRecords.Customer("Kiwi Plumbing Limited", status: CustomerStatus.Merged);

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        await _database.SeedAsync(db =>
        {
            db.Customers.AddRange(_kiwi, _harbour, _southern, _merged);
            db.SourceLinks.AddRange(HubRecords.Link(_kiwi, SourceSystem.Crm), HubRecords.Link(_kiwi, SourceSystem.Erp),
                HubRecords.Link(_harbour, SourceSystem.Crm), HubRecords.Link(_southern, SourceSystem.Erp));

            // Pipeline: two open NZD opportunities (10,000 + 5,000), one AUD (8,000), one won (not pipeline).
            db.Opportunities.AddRange(Opportunity(_kiwi, 10_000m, "NZD"), Opportunity(_harbour, 5_000m, "NZD"), Opportunity(_southern, 8_000m, "AUD"),
                Opportunity(_kiwi, 99_000m, "NZD", OpportunityStatus.Won));

            // Quotes won in November: Kiwi Q1 (NZD 2,000, order SO-1 three days later), Harbour Q2 (NZD 1,000, no order),
            // Southern Q3 (AUD 4,000, order SO-3 seven days later). Q4 won in October is outside the period.
            db.Quotes.AddRange(Quote(_kiwi, "Q1", 2_000m, "NZD", new(2026, 11, 2), "SO-1"), Quote(_harbour, "Q2", 1_000m, "NZD", new(2026, 11, 20), null),
                Quote(_southern, "Q3", 4_000m, "AUD", new(2026, 11, 10), "SO-3"), Quote(_kiwi, "Q4", 500m, "NZD", new(2026, 10, 5), "SO-4"));
            db.SalesOrders.AddRange(Order(_kiwi, "SO-1", 2_000m, "NZD", new(2026, 11, 5)), Order(_southern, "SO-3", 4_000m, "AUD", new(2026, 11, 17)),
                Order(_kiwi, "SO-4", 500m, "NZD", new(2026, 10, 8)), Order(_harbour, "SO-5", 750m, "NZD", new(2026, 11, 21), SalesOrderStatus.OnCreditHold),
                Order(_harbour, "SO-6", 300m, "NZD", new(2026, 11, 22), SalesOrderStatus.Cancelled));
            db.Invoices.AddRange(Invoice(_kiwi, "I-1", 1_150m, "NZD", new(2026, 11, 6)), Invoice(_southern, "I-2", 4_400m, "AUD", new(2026, 11, 18)),
                Invoice(_kiwi, "I-0", 9_999m, "NZD", new(2026, 10, 30)));

            // Credit: Kiwi 5,000 of 10,000 (50 %), 1,200 overdue; Harbour 9,000 of 8,000 (over), 3,000 overdue; Southern AUD no limit.
            db.CreditProfiles.AddRange(Aged(HubRecords.Credit(_kiwi, "NZD", 10_000m, 5_000m, 1_200m), 3_800m, 1_000m, 200m, 0m),
                Aged(HubRecords.Credit(_harbour, "NZD", 8_000m, 9_000m, 3_000m), 6_000m, 0m, 1_000m, 2_000m),
                Aged(HubRecords.Credit(_southern, "AUD", 0m, 4_400m, 0m), 4_400m, 0m, 0m, 0m));

            db.DataQualityFindings.AddRange(HubRecords.Finding(_kiwi, "Phone", "phone.invalid", "Not a phone number."),
                HubRecords.Finding(_kiwi, "ContactMobile", "phone.invalid", "Not a phone number."),
                HubRecords.Finding(_southern, "BillingAddress", "address.error", "No street."),
                Resolved(HubRecords.Finding(_harbour, "BusinessNumber", "nzbn.invalid", "Check digit.")));
            db.DuplicateCandidates.AddRange(HubRecords.Duplicate(_kiwi, _harbour, MatchBand.Review), HubRecords.Duplicate(_kiwi, _southern, MatchBand.Ignore));
            db.ConversionIssues.AddRange(Aged(HubRecords.ConversionIssue(_harbour, ConversionCause.CreditLimitExceeded, "Aroha Ngata"), TimeSpan.FromHours(3)),
                Aged(HubRecords.ConversionIssue(_kiwi, ConversionCause.CreditLimitExceeded, "Aroha Ngata"), TimeSpan.FromDays(10)),
                Aged(HubRecords.ConversionIssue(_southern, ConversionCause.NoErpCustomer, "Jack Wilson"), TimeSpan.FromDays(3)));
            db.SyncRuns.AddRange(Run(SourceSystem.Crm, "accounts", Now.AddMinutes(-10), SyncRunStatus.Succeeded), Run(SourceSystem.Erp, "customers", Now.AddMinutes(-40), SyncRunStatus.Succeeded),
                Run(SourceSystem.Erp, "customers", Now.AddMinutes(-5), SyncRunStatus.Failed));
            db.OutboxMessages.Add(new OutboxMessage { ExternalId = "x", Operation = "UpdateCrmAccount", PayloadJson = "{}", IdempotencyKey = "k1", Status = OutboxStatus.DeadLettered, CreatedAt = Now });
        });
    }

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task Revenue_AllCountries()
    {
        var revenue = (await RunAsync(November)).Revenue;

        Assert.Equal([new("AUD", 8_000m), new("NZD", 15_000m)], revenue.OpenPipeline);
        Assert.Equal(3, revenue.QuotesWon);
        Assert.Equal([new("AUD", 4_000m), new("NZD", 3_000m)], revenue.QuotesWonValue);
        Assert.Equal(3, revenue.OrdersBooked); // SO-1, SO-3, SO-5 (on hold still booked); SO-6 cancelled, SO-4 in October
        Assert.Equal([new("AUD", 4_000m), new("NZD", 2_750m)], revenue.OrdersBookedValue);
        Assert.Equal([new("AUD", 4_400m), new("NZD", 1_150m)], revenue.Invoiced);
        Assert.Equal(2.0 / 3, revenue.ConversionRate!.Value, 6);
        Assert.Equal(5.0, revenue.MedianDaysWonToOrder); // 3 and 7 days
    }

    [Fact]
    public async Task Receivables_AllCountries()
    {
        var receivables = (await RunAsync(November)).Receivables;

        Assert.Equal([new("AUD", 4_400m, 0m, 0m, 0m, 4_400m, 0m), new("NZD", 9_800m, 1_000m, 1_200m, 2_000m, 14_000m, 4_200m)], receivables.Aging);
        Assert.Equal(["Harbour Electrical Ltd", "Kiwi Plumbing Ltd"], receivables.TopOverdue.Select(t => t.Name));
        Assert.Equal([1, 0, 1, 0, 1], receivables.Utilisation.Select(u => u.Customers)); // no limit, <50, 50–80, 80–100, over
        Assert.Equal(1, receivables.OverLimit);
        Assert.Equal((1, 750m), (receivables.OrdersOnCreditHold, receivables.CreditHoldValue.Single().Amount));
    }

    [Fact]
    public async Task DataQuality_AndIntegration()
    {
        var dashboard = await RunAsync(November);
        var quality = dashboard.DataQuality;

        Assert.Equal((3, 1), (quality.Customers, quality.LinkedInBoth));
        Assert.Equal(1, quality.OpenDuplicatePairs);
        Assert.Equal((1, 1, 0), (quality.InvalidPhones, quality.InvalidAddresses, quality.InvalidBusinessNumbers));
        var credit = quality.StuckConversions.Single(c => c.Cause == ConversionCause.CreditLimitExceeded);
        Assert.Equal((1, 0, 1), (credit.UnderADay, credit.UpToAWeek, credit.OlderThanAWeek));
        Assert.Equal(1, quality.StuckConversions.Single(c => c.Cause == ConversionCause.NoErpCustomer).UpToAWeek);
        Assert.Equal(DataQualitySection.Weeks, quality.MergesPerWeek.Count);
        Assert.Equal(new DateOnly(2026, 11, 23), quality.MergesPerWeek[^1].WeekStart);

        var integration = dashboard.Integration;
        var erp = integration.Lags.Single(l => l.System == SourceSystem.Erp);
        Assert.Equal((TimeSpan.FromMinutes(40), true), (erp.Lag, erp.LastRunFailed));
        Assert.Equal((1, 1), (integration.FailedRunsLastDay, integration.DeadLetters));
        Assert.Equal(Now.AddMinutes(-40), dashboard.ErpAsOf);
        Assert.Equal(Now.AddMinutes(-10), dashboard.CrmAsOf);
    }

    [Fact]
    public async Task TheCountryFilter_NarrowsEveryCustomerFigure()
    {
        var nz = await RunAsync(November with { Country = "NZ" });

        Assert.Equal([new("NZD", 15_000m)], nz.Revenue.OpenPipeline);
        Assert.Equal(2, nz.Revenue.QuotesWon);
        Assert.Equal(0.5, nz.Revenue.ConversionRate);
        Assert.Equal(3.0, nz.Revenue.MedianDaysWonToOrder);
        Assert.Equal(["NZD"], nz.Receivables.Aging.Select(a => a.Currency));
        Assert.Equal((2, 0), (nz.DataQuality.Customers, nz.DataQuality.InvalidAddresses));
        Assert.DoesNotContain(nz.DataQuality.StuckConversions, c => c.Cause == ConversionCause.NoErpCustomer);

        var jack = await RunAsync(November with { Owner = "Jack Wilson" });
        Assert.Equal(1, jack.DataQuality.Customers);
        var trade = await RunAsync(November with { Segment = "Trade" });
        Assert.Equal(2, trade.DataQuality.Customers);
    }

    [Fact]
    public async Task EachFigureDrillsDownToTheCustomersBehindIt()
    {
        var lists = new GetDashboardListQuery(_database.Contexts);

        var overdue = await lists.ExecuteAsync(DashboardList.Overdue, November with { Country = "NZ" }, null, CancellationToken.None);
        Assert.Equal([("Harbour Electrical Ltd", 3_000m), ("Kiwi Plumbing Ltd", 1_200m)], overdue.Select(r => (r.Customer, r.Amount!.Value)));

        var unlinked = await lists.ExecuteAsync(DashboardList.NotLinkedInBoth, November, null, CancellationToken.None);
        Assert.Equal([("Harbour Electrical Ltd", "CRM only"), ("Southern Cross Supplies", "ERP only")], unlinked.Select(r => (r.Customer, r.Detail!)));

        var phones = await lists.ExecuteAsync(DashboardList.InvalidPhone, November, null, CancellationToken.None);
        Assert.Equal("Kiwi Plumbing Ltd", Assert.Single(phones).Customer);

        var won = await lists.ExecuteAsync(DashboardList.QuotesWon, November, 2, CancellationToken.None);
        Assert.Equal(["Q3", "Q1"], won.Select(r => r.Reference));
        Assert.Equal("No ERP order yet", (await lists.ExecuteAsync(DashboardList.QuotesWon, November with { Owner = "Aroha Ngata" }, null, CancellationToken.None)).Last().Detail);

        var hold = await lists.ExecuteAsync(DashboardList.CreditHold, November, null, CancellationToken.None);
        Assert.Equal(("SO-5", 750m), (Assert.Single(hold).Reference, hold[0].Amount!.Value));
    }

    private Task<LeadershipDashboard> RunAsync(DashboardFilter filter) =>
        new GetLeadershipDashboardQuery(_database.Contexts, new FakeTimeProvider(Now)).ExecuteAsync(filter, CancellationToken.None);

    private static Customer Owned(Customer customer, string owner, string segment)
    {
        customer.OwnerName = owner;
        customer.Segment = segment;
        return customer;
    }

    private static Opportunity Opportunity(Customer c, decimal value, string currency, OpportunityStatus status = OpportunityStatus.Open) => new()
    {
        CustomerId = c.Id, CrmOpportunityId = Guid.NewGuid().ToString(), Name = "Fit-out", EstimatedValue = value, CurrencyCode = currency, Status = status, SyncedAt = Now,
    };

    private static Quote Quote(Customer c, string number, decimal total, string currency, DateOnly won, string? order) => new()
    {
        CustomerId = c.Id, CrmQuoteId = Guid.NewGuid().ToString(), QuoteNumber = number, Name = number, State = QuoteState.Won, CurrencyCode = currency,
        TotalAmount = total, WonAt = new DateTimeOffset(won.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero), ErpOrderNumber = order, SourceModifiedAt = Now, SyncedAt = Now,
    };

    private static SalesOrder Order(Customer c, string number, decimal total, string currency, DateOnly date, SalesOrderStatus status = SalesOrderStatus.Open) => new()
    {
        CustomerId = c.Id, ErpOrderId = Guid.NewGuid().ToString(), OrderNumber = number, CurrencyCode = currency, TotalAmount = total, Status = status, OrderDate = date, SyncedAt = Now,
    };

    private static Invoice Invoice(Customer c, string number, decimal total, string currency, DateOnly date) => new()
    {
        CustomerId = c.Id, ErpInvoiceId = Guid.NewGuid().ToString(), InvoiceNumber = number, CurrencyCode = currency, TotalAmount = total, RemainingAmount = total,
        InvoiceDate = date, DueDate = date.AddDays(20), Status = InvoiceStatus.Open, SyncedAt = Now,
    };

    private static CreditProfile Aged(CreditProfile p, decimal current, decimal d30, decimal d60, decimal d90)
    {
        (p.AgingCurrent, p.Aging30, p.Aging60, p.Aging90Plus) = (current, d30, d60, d90);
        return p;
    }

    private static DataQualityFinding Resolved(DataQualityFinding f)
    {
        f.ResolvedAt = Now;
        return f;
    }

    private static ConversionIssue Aged(ConversionIssue i, TimeSpan age)
    {
        i.CreatedAt = Now - age;
        return i;
    }

    private static SyncRun Run(SourceSystem system, string entity, DateTimeOffset finished, SyncRunStatus status) => new()
    {
        System = system, Entity = entity, StartedAt = finished.AddMinutes(-1), FinishedAt = finished, Status = status,
    };
}
