using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.Dashboards.Overview;
using CrmErpPortal.Tests.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace CrmErpPortal.Tests.Integration.Features;

public sealed class OverviewQueryTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();

    public Task InitializeAsync() => _database.InitializeAsync();

    public Task DisposeAsync() => _database.DisposeAsync();

    [Fact]
    public async Task TotalsReceivablesPerCurrency_AndTheLinkedShare()
    {
        var nz1 = HubRecords.Customer("Kiwi Plumbing Ltd");
        var nz2 = HubRecords.Customer("Harbour Electrical");
        var au = HubRecords.Customer("Southern Cross Supplies Pty Ltd", "AU");
        var merged = HubRecords.Customer("Kiwi Plumbing Limited", status: CustomerStatus.Merged);
        await _database.SeedAsync(db =>
        {
            db.Customers.AddRange(nz1, nz2, au, merged);
            db.SourceLinks.AddRange(HubRecords.Link(au, SourceSystem.Crm), HubRecords.Link(au, SourceSystem.Erp));
            db.CreditProfiles.AddRange(
                HubRecords.Credit(nz1, "NZD", 20_000m, 12_500.10m, overdue: 4_200m),
                HubRecords.Credit(nz2, "NZD", 10_000m, 800.05m),
                HubRecords.Credit(au, "AUD", 35_000m, 30_000m, overdue: 1_000.50m));
        });
        var query = new GetOverviewQuery(_database.Contexts, new FakeTimeProvider(HubRecords.Now));

        var overview = await query.ExecuteAsync(CancellationToken.None);

        Assert.Equal(3, overview.Customers);
        Assert.Equal(1, overview.LinkedInBoth);
        Assert.Equal(1.0 / 3, overview.LinkedShare, precision: 6);
        Assert.Equal(
            [new MoneyByCurrency("AUD", 30_000m, 1_000.50m), new MoneyByCurrency("NZD", 13_300.15m, 4_200m)],
            overview.Receivables);
        Assert.Equal(HubRecords.Now, overview.AsOf);
    }
}
