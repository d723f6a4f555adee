using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.Sync.Pull;

public sealed record MirrorCounts(int Read, int Inserted, int Updated, int Deleted)
{
    public static readonly MirrorCounts None = new(0, 0, 0, 0);

    public static MirrorCounts operator +(MirrorCounts a, MirrorCounts b) =>
        new(a.Read + b.Read, a.Inserted + b.Inserted, a.Updated + b.Updated, a.Deleted + b.Deleted);
}

/// <summary>One SyncRun row per pull of an entity, updated page by page so the monitor can show progress.</summary>
public sealed class SyncRunRecorder(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock)
{
    public async Task<long> StartAsync(SourceSystem system, string entity, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var run = new SyncRun { System = system, Entity = entity, StartedAt = clock.GetUtcNow(), Status = SyncRunStatus.Running };
        db.SyncRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        return run.Id;
    }

    public async Task ProgressAsync(long runId, MirrorCounts counts, int? total, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.SyncRuns.Where(r => r.Id == runId).ExecuteUpdateAsync(r => r
            .SetProperty(x => x.Read, counts.Read)
            .SetProperty(x => x.Inserted, counts.Inserted)
            .SetProperty(x => x.Updated, counts.Updated)
            .SetProperty(x => x.Deleted, counts.Deleted)
            .SetProperty(x => x.Total, total), cancellationToken);
    }

    public async Task FinishAsync(long runId, MirrorCounts counts, string? error, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var finished = clock.GetUtcNow();
        var status = error is null ? SyncRunStatus.Succeeded : SyncRunStatus.Failed;
        await db.SyncRuns.Where(r => r.Id == runId).ExecuteUpdateAsync(r => r
            .SetProperty(x => x.Read, counts.Read)
            .SetProperty(x => x.Inserted, counts.Inserted)
            .SetProperty(x => x.Updated, counts.Updated)
            .SetProperty(x => x.Deleted, counts.Deleted)
            .SetProperty(x => x.FinishedAt, finished)
            .SetProperty(x => x.Status, status)
            .SetProperty(x => x.Errors, error is null ? 0 : 1)
            .SetProperty(x => x.ErrorSummary, error), cancellationToken);
    }
}
