using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Data.Outbox;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.Dashboards.Leadership;

public sealed record SyncLag(SourceSystem System, string Entity, DateTimeOffset? LastSucceeded, TimeSpan? Lag, bool LastRunFailed);

/// <summary>
/// How the integration is doing (whole hub, not filtered by customer): how long since each system and entity last
/// synced, failed runs in the last day, dead letters and conflicts, approvals waiting, pushes queued.
/// </summary>
public sealed record IntegrationSection(
    IReadOnlyList<SyncLag> Lags,
    int FailedRunsLastDay,
    int DeadLetters,
    int PushConflicts,
    int PendingApprovals,
    int PushesQueued)
{
    public static async Task<IntegrationSection> LoadAsync(PortalDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var runs = await db.SyncRuns.GroupBy(r => new { r.System, r.Entity })
            .Select(g => new
            {
                g.Key.System,
                g.Key.Entity,
                LastSucceeded = g.Where(r => r.Status == SyncRunStatus.Succeeded).Max(r => (DateTimeOffset?)r.FinishedAt),
                LastId = g.Max(r => r.Id),
            })
            .ToListAsync(cancellationToken);
        var lastIds = runs.Select(r => r.LastId).ToList();
        var failedLast = (await db.SyncRuns.Where(r => lastIds.Contains(r.Id) && r.Status == SyncRunStatus.Failed).Select(r => r.Id).ToListAsync(cancellationToken)).ToHashSet();
        var dayAgo = now.AddDays(-1);
        return new IntegrationSection(
            [.. runs.OrderBy(r => r.System).ThenBy(r => r.Entity)
                .Select(r => new SyncLag(r.System, r.Entity, r.LastSucceeded, r.LastSucceeded is { } at ? now - at : null, failedLast.Contains(r.LastId)))],
            await db.SyncRuns.CountAsync(r => r.Status == SyncRunStatus.Failed && r.StartedAt >= dayAgo, cancellationToken),
            await db.OutboxMessages.CountAsync(m => m.Status == OutboxStatus.DeadLettered, cancellationToken),
            await db.OutboxMessages.CountAsync(m => m.Status == OutboxStatus.Conflicted, cancellationToken),
            await db.ChangeRequests.CountAsync(r => r.Status == ChangeRequestStatus.Pending || r.Status == ChangeRequestStatus.Conflicted, cancellationToken),
            await db.OutboxMessages.CountAsync(m => m.Status == OutboxStatus.Pending || m.Status == OutboxStatus.Sending, cancellationToken));
    }
}
