using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.Dashboards.Leadership;
using CrmErpPortal.Features.Dashboards.Trends;
using CrmErpPortal.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace CrmErpPortal.Tests.Integration.Features.Dashboards;

/// <summary>The weekly KPI snapshot job and the trends it feeds, on a small known hub (real SQLite).</summary>
public sealed class KpiSnapshotTests : IAsyncLifetime
{
    // Monday 30 Nov 2026, 00:15 UTC: the scheduled run, recording the week of Monday 23 November.
    private static readonly DateTimeOffset MondayRun = new(2026, 11, 30, 0, 15, 0, TimeSpan.Zero);
    private static readonly DateOnly Week = new(2026, 11, 23);

    private readonly TestDatabase _database = new();
    private readonly FakeTimeProvider _clock = new(MondayRun);
    private readonly Customer _kiwi = HubRecords.Customer("Kiwi Plumbing Ltd");
    private readonly Customer _southern = HubRecords.Customer("Southern Cross Supplies", country: "AU");

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        await _database.SeedAsync(db =>
        {
            db.Customers.AddRange(_kiwi, _southern);
            db.SourceLinks.AddRange(HubRecords.Link(_kiwi, SourceSystem.Crm), HubRecords.Link(_kiwi, SourceSystem.Erp), HubRecords.Link(_southern, SourceSystem.Erp));
            db.Opportunities.AddRange(Opportunity(_kiwi, 10_000m, "NZD"), Opportunity(_southern, 8_000m, "AUD"));
            // Won in the week: Kiwi Q1 (order SO-1 two days later) and Q2 (no order); Southern Q3 won the week before.
            db.Quotes.AddRange(Quote(_kiwi, "Q1", new(2026, 11, 24), "SO-1"), Quote(_kiwi, "Q2", new(2026, 11, 27), null), Quote(_southern, "Q3", new(2026, 11, 18), null));
            db.SalesOrders.Add(new SalesOrder
            {
                CustomerId = _kiwi.Id, ErpOrderId = "o1", OrderNumber = "SO-1", CurrencyCode = "NZD", TotalAmount = 2_000m, Status = SalesOrderStatus.Open,
                OrderDate = new(2026, 11, 26), SyncedAt = MondayRun,
            });
            db.CreditProfiles.AddRange(HubRecords.Credit(_kiwi, "NZD", 10_000m, 12_000m, 1_200m), HubRecords.Credit(_southern, "AUD", 5_000m, 4_400m, 0m));
        });
    }

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task RecordsForEachCountry_TheValuesTheDashboardShows()
    {
        await Job().RunAsync(CancellationToken.None);

        var rows = await SnapshotsAsync();
        Assert.All(rows, r => Assert.Equal((Week, MondayRun), (r.WeekStart, r.TakenAt)));
        foreach (var country in new string?[] { null, "NZ", "AU" })
        {
            var dashboard = await new GetLeadershipDashboardQuery(_database.Contexts, _clock)
                .ExecuteAsync(new DashboardFilter(country, null, null, Week, Week.AddDays(6)), CancellationToken.None);
            var expected = KpiCatalog.Read(dashboard).Select(v => (v.Kpi.Key, v.Currency, v.Value)).Order().ToList();
            var stored = rows.Where(r => r.Country == (country ?? KpiSnapshot.AllCountries)).Select(r => (r.Kpi, r.Currency, r.Value)).Order().ToList();
            Assert.Equal(expected, stored);
        }
    }

    [Fact]
    public async Task TheRecordedValues_MatchTheHandWorkedFigures()
    {
        await Job().RunAsync(CancellationToken.None);

        var rows = await SnapshotsAsync();
        Assert.Equal(10_000m, Value(rows, "NZ", "open-pipeline", "NZD"));
        Assert.Null(Value(rows, "NZ", "open-pipeline", "AUD"));
        Assert.Equal(8_000m, Value(rows, "All", "open-pipeline", "AUD"));
        Assert.Equal(2m, Value(rows, "NZ", "quotes-won"));
        Assert.Equal(2m, Value(rows, "All", "quotes-won")); // Southern's Q3 was won the week before
        Assert.Equal(0.5m, Value(rows, "NZ", "conversion-rate"));
        Assert.Equal(2m, Value(rows, "NZ", "median-cycle-days"));
        Assert.Null(Value(rows, "AU", "conversion-rate")); // no quote won in the week: no rate, so no row
        Assert.Equal(1_200m, Value(rows, "NZ", "overdue", "NZD"));
        Assert.Equal(1m, Value(rows, "All", "over-limit"));
        Assert.Equal(0.5m, Value(rows, "All", "linked-share")); // Kiwi in both; Southern in the ERP only
        Assert.Equal(1m, Value(rows, "NZ", "linked-share"));
    }

    [Fact]
    public async Task ASecondRunInTheSameWeek_ReplacesTheWeeksRows_NeverDuplicates()
    {
        await Job().RunAsync(CancellationToken.None);
        var first = await SnapshotsAsync();
        await _database.SeedAsync(db => db.Opportunities.Add(Opportunity(_kiwi, 2_500m, "NZD")));
        _clock.Advance(TimeSpan.FromHours(5));

        var run = await Job().RunAsync(CancellationToken.None);

        var second = await SnapshotsAsync();
        Assert.Equal(first.Count, second.Count);
        Assert.Equal(second.Count, run.Rows);
        Assert.Equal(second.Count, second.Select(r => (r.Country, r.WeekStart, r.Kpi, r.Currency)).Distinct().Count());
        Assert.Equal(12_500m, Value(second, "NZ", "open-pipeline", "NZD"));
        Assert.All(second, r => Assert.Equal(MondayRun.AddHours(5), r.TakenAt));
    }

    [Fact]
    public async Task Trends_ReturnTheWeeksOldestFirst_WithEachWeeksValue_ForTheCountry()
    {
        // Taken out of order: the Monday runs of 30 Nov and 16 Nov, then 23 Nov, with more pipeline each time.
        await RunAtAsync(MondayRun);
        await _database.SeedAsync(db => db.Opportunities.Add(Opportunity(_kiwi, 1_000m, "NZD")));
        await RunAtAsync(MondayRun.AddDays(-14));
        await _database.SeedAsync(db => db.Opportunities.Add(Opportunity(_kiwi, 1_000m, "NZD")));
        await RunAtAsync(MondayRun.AddDays(-7));

        var nz = await new GetKpiTrendsQuery(_database.Contexts).ExecuteAsync("NZ", 26, CancellationToken.None);
        var lastTwo = await new GetKpiTrendsQuery(_database.Contexts).ExecuteAsync("NZ", 2, CancellationToken.None);

        Assert.Equal([new DateOnly(2026, 11, 9), new DateOnly(2026, 11, 16), new DateOnly(2026, 11, 23)], nz.Weeks);
        Assert.True(nz.HasTrend);
        var pipeline = Assert.Single(nz.Series, s => s.Kpi.Key == "open-pipeline");
        Assert.Equal("NZD", pipeline.Currency);
        Assert.Equal([11_000m, 12_000m, 10_000m], pipeline.Values);
        Assert.DoesNotContain(nz.Series, s => s.Currency == "AUD");
        Assert.Equal([new DateOnly(2026, 11, 16), new DateOnly(2026, 11, 23)], lastTwo.Weeks);
        Assert.Equal(MondayRun, nz.LastTakenAt);
    }

    [Fact]
    public async Task Trends_AreEmpty_BeforeAnySnapshot_AndHaveNoTrend_WithOneWeek()
    {
        var none = await new GetKpiTrendsQuery(_database.Contexts).ExecuteAsync(null, 26, CancellationToken.None);
        await Job().RunAsync(CancellationToken.None);
        var one = await new GetKpiTrendsQuery(_database.Contexts).ExecuteAsync(null, 26, CancellationToken.None);

        Assert.Empty(none.Weeks);
        Assert.False(none.HasTrend);
        Assert.Equal([Week], one.Weeks);
        Assert.False(one.HasTrend);
        Assert.NotEmpty(one.Series);
    }

    private RecordKpiSnapshotsJob Job(TimeProvider? clock = null) =>
        new(_database.Contexts, new GetLeadershipDashboardQuery(_database.Contexts, clock ?? _clock), clock ?? _clock);

    // FakeTimeProvider only moves forward; a run in an earlier week gets a clock of its own.
    private Task RunAtAsync(DateTimeOffset at) => Job(new FakeTimeProvider(at)).RunAsync(CancellationToken.None);

    private async Task<List<KpiSnapshot>> SnapshotsAsync()
    {
        await using var db = _database.Contexts.CreateDbContext();
        return await db.KpiSnapshots.AsNoTracking().ToListAsync();
    }

    private static decimal? Value(IEnumerable<KpiSnapshot> rows, string country, string kpi, string currency = "") =>
        rows.SingleOrDefault(r => r.Country == country && r.Kpi == kpi && r.Currency == currency)?.Value;

    private static Opportunity Opportunity(Customer c, decimal value, string currency) => new()
    {
        CustomerId = c.Id, CrmOpportunityId = Guid.NewGuid().ToString(), Name = "Fit-out", EstimatedValue = value, CurrencyCode = currency,
        Status = OpportunityStatus.Open, SyncedAt = MondayRun,
    };

    private static Quote Quote(Customer c, string number, DateOnly won, string? order) => new()
    {
        CustomerId = c.Id, CrmQuoteId = Guid.NewGuid().ToString(), QuoteNumber = number, Name = number, State = QuoteState.Won, CurrencyCode = c.CountryCode == "AU" ? "AUD" : "NZD",
        TotalAmount = 1_000m, WonAt = new DateTimeOffset(won.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero), ErpOrderNumber = order, SourceModifiedAt = MondayRun, SyncedAt = MondayRun,
    };
}
