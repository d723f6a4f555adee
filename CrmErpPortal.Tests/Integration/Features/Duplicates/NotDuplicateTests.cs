using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.Duplicates;
using CrmErpPortal.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Tests.Integration.Features.Duplicates;

/// <summary>Liam's 0.71 pair (JOURNEYS.md): "Not a duplicate" is remembered, and comes back only when a compared field changes.</summary>
public sealed class NotDuplicateTests : IAsyncLifetime
{
    private readonly DuplicatesHarness _hub = new();
    private readonly Customer _north = DuplicatesHarness.Business("Kiwi Plumbing Ltd", "+6493001234", "12 Smith St");
    private readonly Customer _south = DuplicatesHarness.Business("Kiwi Plumbing Limited", "+6493001234", "12 Smith Street");
    private readonly Customer _other = DuplicatesHarness.Business("Harbour Electrical Ltd", "+6494005678", "40 Quay Street");

    public async Task InitializeAsync()
    {
        await _hub.InitializeAsync();
        await _hub.Database.SeedAsync(db => db.Customers.AddRange(_north, _south, _other));
        await _hub.ScoreAllAsync();
        var pair = await _hub.PairAsync(_north, _south);
        Assert.NotNull(pair);
        var result = await _hub.Get<DecideDuplicatesCommand>().ExecuteAsync(
            new DecideDuplicatesInput([pair.Id], PairDecision.NotDuplicate, "Two branches, one switchboard"), DuplicatesHarness.Liam, CancellationToken.None);
        Assert.Equal(1, result.Decided);
    }

    public Task DisposeAsync() => _hub.DisposeAsync();

    [Fact]
    public async Task StaysDecided_ThroughAFullRescore_AndAChangeToAFieldThatIsNotCompared()
    {
        await _hub.UpdateAsync(_south, c => c.Segment = "Trade");
        await _hub.ScoreChangedAsync();
        await _hub.ScoreAllAsync();

        var pair = await _hub.PairAsync(_north, _south);
        Assert.Equal(DuplicateStatus.NotDuplicate, pair!.Status);
        Assert.Equal("Liam O'Connell", pair.DecidedBy);
        Assert.Equal("Two branches, one switchboard", pair.DecisionNote);
    }

    [Fact]
    public async Task IsProposedAgain_WhenOneRecordChangesInAComparedField()
    {
        await _hub.UpdateAsync(_south, c => c.Email = "accounts@kiwiplumbing.co.nz");
        await _hub.ScoreChangedAsync();

        var pair = await _hub.PairAsync(_north, _south);
        Assert.Equal(DuplicateStatus.Open, pair!.Status);
        Assert.Null(pair.DecidedBy);
        await using var db = _hub.Db();
        Assert.True(await db.AuditEvents.AnyAsync(a => a.Action == "DuplicateReproposed" && a.EntityId == pair.Id.ToString()));
    }

    [Fact]
    public async Task TheDecision_IsAuditedWithTheEvidence_ButNoPersonalValues()
    {
        await using var db = _hub.Db();
        var audit = await db.AuditEvents.SingleAsync(a => a.Action == "DuplicateNotDuplicate");

        Assert.Equal("liam", audit.UserId);
        Assert.Contains("\"Field\":\"Phone\"", audit.BeforeJson);
        Assert.Contains("\"Weight\":", audit.BeforeJson);
        Assert.DoesNotContain("6493001234", audit.BeforeJson + audit.AfterJson);
        Assert.DoesNotContain("Smith", audit.BeforeJson + audit.AfterJson);
    }

    [Fact]
    public async Task IsRefused_ForSomeoneWithoutTheStewardshipPolicy()
    {
        var pair = await _hub.PairAsync(_north, _south);

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => _hub.Get<DecideDuplicatesCommand>().ExecuteAsync(
            new DecideDuplicatesInput([pair!.Id], PairDecision.Defer), DuplicatesHarness.Aroha, CancellationToken.None));
    }
}
