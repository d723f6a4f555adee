using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.Duplicates.Queue;
using CrmErpPortal.Tests.TestSupport;

namespace CrmErpPortal.Tests.Integration.Features.Duplicates;

/// <summary>The queue's server-side filters and paging on real SQLite.</summary>
public sealed class ListDuplicatesQueryTests : IAsyncLifetime
{
    private readonly DuplicatesHarness _hub = new();
    private readonly Customer _crm1 = HubRecords.Customer("Kiwi Plumbing Ltd");
    private readonly Customer _crm2 = HubRecords.Customer("Kiwi Plumbing Limited");
    private readonly Customer _erp1 = HubRecords.Customer("Harbour Electrical Ltd");
    private readonly Customer _erp2 = HubRecords.Customer("Harbour Electric");
    private readonly Customer _both = HubRecords.Customer("Southern Cross Supplies");
    private DuplicateCandidate _crmPair = default!;
    private DuplicateCandidate _erpPair = default!;
    private DuplicateCandidate _crossPair = default!;

    public async Task InitializeAsync()
    {
        await _hub.InitializeAsync();
        _crm1.OwnerName = "Aroha Ngata";
        _crmPair = HubRecords.Duplicate(_crm1, _crm2, MatchBand.AutoLink);
        _crmPair.Score = 0.97;
        _erpPair = HubRecords.Duplicate(_erp1, _erp2, MatchBand.Review);
        _erpPair.Score = 0.71;
        _erpPair.CreatedAt = HubRecords.Now.AddDays(-20);
        _crossPair = HubRecords.Duplicate(_crm2, _both, MatchBand.Review);
        _crossPair.Score = 0.5;
        await _hub.Database.SeedAsync(db =>
        {
            db.Customers.AddRange(_crm1, _crm2, _erp1, _erp2, _both);
            db.SourceLinks.AddRange(
                HubRecords.Link(_crm1, SourceSystem.Crm), HubRecords.Link(_crm2, SourceSystem.Crm),
                HubRecords.Link(_erp1, SourceSystem.Erp), HubRecords.Link(_erp2, SourceSystem.Erp),
                HubRecords.Link(_both, SourceSystem.Crm), HubRecords.Link(_both, SourceSystem.Erp));
            db.DuplicateCandidates.AddRange(_crmPair, _erpPair, _crossPair);
        });
    }

    public Task DisposeAsync() => _hub.DisposeAsync();

    [Fact]
    public async Task ListsOpenPairsHighestScoreFirst_APageAtATime()
    {
        var first = await ListAsync(new DuplicateQueueFilter(), page: 0, size: 2);
        var second = await ListAsync(new DuplicateQueueFilter(), page: 1, size: 2);

        Assert.Equal(3, first.TotalCount);
        Assert.Equal([_crmPair.Id, _erpPair.Id], first.Rows.Select(r => r.Id));
        Assert.Equal([_crossPair.Id], second.Rows.Select(r => r.Id));
        Assert.Equal([SourceSystem.Crm, SourceSystem.Erp], second.Rows[0].B.Systems);
    }

    [Theory]
    [InlineData(SystemFilter.CrmOnly, "crm")]
    [InlineData(SystemFilter.ErpOnly, "erp")]
    [InlineData(SystemFilter.CrossSystem, "cross")]
    public async Task FiltersBySystem(SystemFilter system, string expected)
    {
        var result = await ListAsync(new DuplicateQueueFilter(System: system));

        var id = Assert.Single(result.Rows).Id;
        Assert.Equal(expected switch { "crm" => _crmPair.Id, "erp" => _erpPair.Id, _ => _crossPair.Id }, id);
    }

    [Fact]
    public async Task FiltersByBandAgeAndOwner()
    {
        Assert.Equal([_crmPair.Id], (await ListAsync(new DuplicateQueueFilter(Band: MatchBand.AutoLink))).Rows.Select(r => r.Id));
        Assert.Equal([_erpPair.Id], (await ListAsync(new DuplicateQueueFilter(Age: AgeFilter.OlderThanWeek))).Rows.Select(r => r.Id));
        Assert.Equal([_crmPair.Id], (await ListAsync(new DuplicateQueueFilter(Owner: "aroha"))).Rows.Select(r => r.Id));
    }

    private Task<DuplicateQueueResult> ListAsync(DuplicateQueueFilter filter, int page = 0, int size = 25) =>
        _hub.Get<ListDuplicatesQuery>().ExecuteAsync(new DuplicateQueueInput(filter, page, size), CancellationToken.None);
}
