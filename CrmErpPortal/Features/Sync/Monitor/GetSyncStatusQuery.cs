using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Data.Outbox;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.Sync.Monitor;

public sealed record SyncRunRow(
    long Id, SourceSystem System, string Entity, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt,
    SyncRunStatus Status, int? Total, int Read, int Inserted, int Updated, int Deleted, int Errors, string? ErrorSummary);

/// <summary>One line per system and entity: how fresh the mirror is and how the last pull went.</summary>
public sealed record EntitySyncState(SourceSystem System, string Entity, DateTimeOffset? LastSuccessAt, TimeSpan? Lag, SyncRunRow? LastRun);

public sealed record OutboxCount(OutboxStatus Status, int Count);

public sealed record SubscriptionRow(SourceSystem System, string Resource, DateTimeOffset? ExpiresAt, DateTimeOffset? LastRenewedAt, string? LastError);

public sealed record WebhookEventRow(SourceSystem System, DateTimeOffset ReceivedAt, WebhookEventOutcome Outcome, string? Resource, string? ChangeType, string? Detail);

public sealed record SyncStatus(
    DateTimeOffset AsOf,
    IReadOnlyList<EntitySyncState> Entities,
    IReadOnlyList<SyncRunRow> RecentRuns,
    IReadOnlyList<OutboxCount> Outbox,
    IReadOnlyList<SubscriptionRow> Subscriptions,
    IReadOnlyList<WebhookEventRow> RecentWebhooks)
{
    public bool AnyRunning => RecentRuns.Any(r => r.Status == SyncRunStatus.Running);
}

public sealed class GetSyncStatusQuery(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock)
{
    public async Task<SyncStatus> ExecuteAsync(int recentRuns, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var checkpoints = await db.SyncCheckpoints.AsNoTracking().ToListAsync(cancellationToken);
        var lastRunIds = await db.SyncRuns.GroupBy(r => new { r.System, r.Entity }).Select(g => g.Max(r => r.Id)).ToListAsync(cancellationToken);
        var lastRuns = await Runs(db.SyncRuns.Where(r => lastRunIds.Contains(r.Id))).ToListAsync(cancellationToken);
        var entities = checkpoints.Select(c => (c.System, c.Entity)).Union(lastRuns.Select(r => (r.System, r.Entity)))
            .OrderBy(k => k.System).ThenBy(k => k.Entity)
            .Select(k =>
            {
                var checkpoint = checkpoints.FirstOrDefault(c => c.System == k.System && c.Entity == k.Entity);
                return new EntitySyncState(k.System, k.Entity, checkpoint?.UpdatedAt, now - checkpoint?.UpdatedAt,
                    lastRuns.FirstOrDefault(r => r.System == k.System && r.Entity == k.Entity));
            })
            .ToList();
        var runs = await Runs(db.SyncRuns.OrderByDescending(r => r.Id).Take(recentRuns)).ToListAsync(cancellationToken);
        var outbox = await db.OutboxMessages.AsNoTracking().GroupBy(m => m.Status)
            .Select(g => new OutboxCount(g.Key, g.Count())).ToListAsync(cancellationToken);
        var subscriptions = await db.WebhookSubscriptions.AsNoTracking().OrderBy(s => s.Resource)
            .Select(s => new SubscriptionRow(s.System, s.Resource, s.ExpiresAt, s.LastRenewedAt, s.LastError)).ToListAsync(cancellationToken);
        var webhooks = await db.WebhookEvents.AsNoTracking().OrderByDescending(e => e.Id).Take(10)
            .Select(e => new WebhookEventRow(e.System, e.ReceivedAt, e.Outcome, e.Resource, e.ChangeType, e.Detail)).ToListAsync(cancellationToken);
        return new SyncStatus(now, entities, runs, [.. outbox.OrderBy(o => o.Status)], subscriptions, webhooks);
    }

    private static IQueryable<SyncRunRow> Runs(IQueryable<SyncRun> runs) => runs.AsNoTracking().Select(r => new SyncRunRow(
        r.Id, r.System, r.Entity, r.StartedAt, r.FinishedAt, r.Status, r.Total, r.Read, r.Inserted, r.Updated, r.Deleted, r.Errors, r.ErrorSummary));
}
