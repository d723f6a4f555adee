using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.Customers.Search;
using CrmErpPortal.Tests.TestSupport;

namespace CrmErpPortal.Tests.Integration.Features;

public sealed class SearchCustomersQueryTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        var kiwi = HubRecords.Customer("Kiwi Plumbing Ltd");
        kiwi.CustomerNumber = "C10042";
        kiwi.Email = "accounts@kiwiplumbing.co.nz";
        var merged = HubRecords.Customer("Kiwi Plumbing Limited", status: CustomerStatus.Merged);
        await _database.SeedAsync(db =>
        {
            db.Customers.AddRange(kiwi, merged, HubRecords.Customer("Harbour Electrical"));
            db.SourceLinks.Add(HubRecords.Link(kiwi, SourceSystem.Erp));
        });
    }

    public Task DisposeAsync() => _database.DisposeAsync();

    [Theory]
    [InlineData("kiwi")]
    [InlineData("PLUMBING")]
    [InlineData("C10042")]
    [InlineData("accounts@kiwiplumbing.co.nz")]
    public async Task FindsTheGoldenRecord_ButNotTheMergedOne(string term)
    {
        var query = new SearchCustomersQuery(_database.Contexts);

        var result = await query.ExecuteAsync(new SearchCustomersInput(term), CancellationToken.None);

        var hit = Assert.Single(result.Hits);
        Assert.Equal("Kiwi Plumbing Ltd", hit.DisplayName);
        Assert.True(hit.InErp);
        Assert.False(hit.InCrm);
        Assert.Equal(2, result.CustomersInHub);
    }

    [Fact]
    public async Task ReturnsNoHits_ForAnEmptyQuery()
    {
        var query = new SearchCustomersQuery(_database.Contexts);

        var result = await query.ExecuteAsync(new SearchCustomersInput("  "), CancellationToken.None);

        Assert.Empty(result.Hits);
    }
}
