using CrmErpPortal.Data.Outbox;
using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.Sync.Monitor;

public sealed record CheckpointRow(SourceSystem System, string Entity, DateTimeOffset? Watermark, bool HasDeltaToken, DateTimeOffset UpdatedAt);

public sealed record SyncRunRow(
    long Id, SourceSystem System, string Entity, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt,
    SyncRunStatus Status, int Read, int Inserted, int Updated, int Deleted, int Errors, string? ErrorSummary);

public sealed record OutboxCount(OutboxStatus Status, int Count);

public sealed record SyncStatus(IReadOnlyList<CheckpointRow> Checkpoints, IReadOnlyList<SyncRunRow> RecentRuns, IReadOnlyList<OutboxCount> Outbox);

public sealed class GetSyncStatusQuery(IDbContextFactory<PortalDbContext> contexts)
{
    public async Task<SyncStatus> ExecuteAsync(int recentRuns, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var checkpoints = await db.SyncCheckpoints.AsNoTracking()
            .OrderBy(c => c.System).ThenBy(c => c.Entity)
            .Select(c => new CheckpointRow(c.System, c.Entity, c.Watermark, c.DeltaToken != null, c.UpdatedAt))
            .ToListAsync(cancellationToken);
        var runs = await db.SyncRuns.AsNoTracking()
            .OrderByDescending(r => r.Id)
            .Take(recentRuns)
            .Select(r => new SyncRunRow(r.Id, r.System, r.Entity, r.StartedAt, r.FinishedAt, r.Status, r.Read, r.Inserted, r.Updated, r.Deleted, r.Errors, r.ErrorSummary))
            .ToListAsync(cancellationToken);
        var outbox = await db.OutboxMessages.AsNoTracking()
            .GroupBy(m => m.Status)
            .Select(g => new OutboxCount(g.Key, g.Count()))
            .ToListAsync(cancellationToken);
        return new SyncStatus(checkpoints, runs, [.. outbox.OrderBy(o => o.Status)]);
    }
}
