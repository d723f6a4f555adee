using CrmErpPortal.Jobs;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.Duplicates.Scoring;
using CrmErpPortal.Features.Sync.Pull;
using CrmErpPortal.Tests.TestSupport;
using Hangfire.InMemory;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Tests.Integration.Features.Duplicates;

/// <summary>The recurring follow-up to the pulls: a hub never scored gets a full run; afterwards only changes make a run.</summary>
public sealed class ScoreDuplicatesJobTests : IAsyncLifetime
{
    private readonly DuplicatesHarness _hub = new();
    private readonly InMemoryStorage _storage = new();
    private readonly Customer _kiwi = DuplicatesHarness.Business("Kiwi Plumbing Ltd", "+6493001234", "12 Smith St");
    private ScoreDuplicatesJob _job = default!;

    public async Task InitializeAsync()
    {
        await _hub.InitializeAsync();
        await _hub.Database.SeedAsync(db => db.Customers.Add(_kiwi));
        _job = new ScoreDuplicatesJob(_hub.Get<DuplicateScorer>(), _hub.Get<ScoringRunTracker>(), new ScoringLock(new StorageLocks(_storage)), new HubSyncLock(new StorageLocks(_storage)));
    }

    public async Task DisposeAsync()
    {
        _storage.Dispose();
        await _hub.DisposeAsync();
    }

    [Fact]
    public async Task RunsFullyOnAFreshHub_ThenOnlyWhenACustomerChanges()
    {
        await _job.RunChangedAsync(CancellationToken.None);
        _hub.Clock.Advance(TimeSpan.FromMinutes(1));
        await _job.RunChangedAsync(CancellationToken.None);
        Assert.Equal([ScoringRunKind.Full], await RunKindsAsync());

        _hub.Clock.Advance(TimeSpan.FromMinutes(5));
        var copy = DuplicatesHarness.Business("Kiwi Plumbing Limited", "+6493001234", "12 Smith Street");
        copy.CreatedAt = copy.UpdatedAt = _hub.Clock.GetUtcNow();
        await _hub.Database.SeedAsync(db => db.Customers.Add(copy));
        await _job.RunChangedAsync(CancellationToken.None);

        Assert.Equal([ScoringRunKind.Full, ScoringRunKind.Changed], await RunKindsAsync());
        Assert.Equal(DuplicateStatus.Open, (await _hub.PairAsync(_kiwi, copy))?.Status);
    }

    private async Task<List<ScoringRunKind>> RunKindsAsync()
    {
        await using var db = _hub.Db();
        var runs = await db.DuplicateScoringRuns.OrderBy(r => r.QueuedAt).ToListAsync();
        Assert.All(runs, r => Assert.Equal(ScoringRunStatus.Succeeded, r.Status));
        return runs.Select(r => r.Kind).ToList();
    }
}
