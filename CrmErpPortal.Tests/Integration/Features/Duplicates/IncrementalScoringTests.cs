using CrmErpPortal.Data.Entities;
using CrmErpPortal.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Tests.Integration.Features.Duplicates;

/// <summary>After a sync, the changed-customers run scores only what changed, against the whole hub, with the kept model.</summary>
public sealed class IncrementalScoringTests : IAsyncLifetime
{
    private readonly DuplicatesHarness _hub = new();
    private readonly Customer _kiwi = DuplicatesHarness.Business("Kiwi Plumbing Ltd", "+6493001234", "12 Smith St");
    private readonly Customer _harbour = DuplicatesHarness.Business("Harbour Electrical Ltd", "+6494005678", "40 Quay Street");
    private readonly Customer _southern = DuplicatesHarness.Business("Southern Cross Supplies", "+6433669900", "7 Moorhouse Avenue", "Christchurch", "8011");

    public async Task InitializeAsync()
    {
        await _hub.InitializeAsync();
        await _hub.Database.SeedAsync(db => db.Customers.AddRange(_kiwi, _harbour, _southern));
        await _hub.ScoreAllAsync();
    }

    public Task DisposeAsync() => _hub.DisposeAsync();

    [Fact]
    public async Task ANewCustomer_IsPairedWithTheExistingRecordItDuplicates_WithEvidenceAndPrior()
    {
        _hub.Clock.Advance(TimeSpan.FromMinutes(5));
        var copy = DuplicatesHarness.Business("Kiwi Plumbing Limited", "+6493001234", "12 Smith Street");
        copy.CreatedAt = copy.UpdatedAt = _hub.Clock.GetUtcNow();
        await _hub.Database.SeedAsync(db => db.Customers.Add(copy));

        await _hub.ScoreChangedAsync();

        var pair = await _hub.PairAsync(_kiwi, copy);
        Assert.NotNull(pair);
        Assert.Equal(DuplicateStatus.Open, pair.Status);
        Assert.Equal(MatchBand.AutoLink, pair.Band);
        Assert.True(pair.PriorWeight < -5, $"prior {pair.PriorWeight}");
        var phone = Assert.Single(pair.Evidence, e => e.Field == "Phone");
        Assert.Equal(("Exact", "+6493001234", "+6493001234"), (phone.Level, phone.LeftValue, phone.RightValue));
        Assert.True(phone.Weight > 0);
        Assert.Equal(pair.PriorWeight + pair.Evidence.Sum(e => e.Weight), pair.MatchWeight, precision: 6);
        var address = Assert.Single(pair.Evidence, e => e.Field == "Address");
        Assert.Equal("SameDeliveryPoint", address.Level);
    }

    [Fact]
    public async Task AChangedCustomer_IsScoredAgain_AndPairedOnceItLooksLikeAnother()
    {
        Assert.Null(await _hub.PairAsync(_harbour, _southern));

        await _hub.UpdateAsync(_southern, c =>
        {
            c.DisplayName = "Harbour Electrical Limited";
            c.PhoneE164 = "+6494005678";
            c.BillingAddress = new PostalAddress("40 Quay St", null, null, "Auckland", null, "1010", "NZ");
        });
        await _hub.ScoreChangedAsync();

        var pair = await _hub.PairAsync(_harbour, _southern);
        Assert.NotNull(pair);
        Assert.Equal(DuplicateStatus.Open, pair.Status);
    }

    [Fact]
    public async Task AnUnchangedHub_GetsNoNewPairs_AndTheCheckpointMoves()
    {
        await _hub.ScoreChangedAsync();

        await using var db = _hub.Db();
        Assert.Equal(0, await db.DuplicateCandidates.CountAsync());
        var runs = await db.DuplicateScoringRuns.OrderBy(r => r.QueuedAt).ToListAsync();
        Assert.All(runs, r => Assert.Equal(ScoringRunStatus.Succeeded, r.Status));
        Assert.Equal(3, runs[^1].Total);
    }

    [Fact]
    public async Task TheWarmIndex_SeesChangesMadeAfterItWasBuilt()
    {
        await _hub.ScoreChangedAsync(); // builds the index the next runs keep
        _hub.Clock.Advance(TimeSpan.FromMinutes(5));
        await _hub.UpdateAsync(_southern, c =>
        {
            c.DisplayName = "Harbour Electrical Limited";
            c.PhoneE164 = "+6494005678";
            c.BillingAddress = new PostalAddress("40 Quay St", null, null, "Auckland", null, "1010", "NZ");
        });

        await _hub.ScoreChangedAsync();

        Assert.NotNull(await _hub.PairAsync(_harbour, _southern));
    }

    [Fact]
    public async Task ACustomerMergedAway_LeavesTheWarmIndex_AndIsNeverProposedAgain()
    {
        await _hub.ScoreChangedAsync();
        _hub.Clock.Advance(TimeSpan.FromMinutes(5));
        await _hub.UpdateAsync(_harbour, c => c.Status = CustomerStatus.Merged);
        await _hub.ScoreChangedAsync();
        _hub.Clock.Advance(TimeSpan.FromMinutes(5));

        await _hub.UpdateAsync(_southern, c =>
        {
            c.DisplayName = "Harbour Electrical Limited";
            c.PhoneE164 = "+6494005678";
            c.BillingAddress = new PostalAddress("40 Quay St", null, null, "Auckland", null, "1010", "NZ");
        });
        await _hub.ScoreChangedAsync();

        Assert.Null(await _hub.PairAsync(_harbour, _southern));
    }
}
