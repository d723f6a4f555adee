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

/// <summary>The counts of one run so far; each page adds to them and the monitor sees the new total.</summary>
public sealed class RunTally(SyncRunRecorder recorder, long runId)
{
    public MirrorCounts Counts { get; private set; } = MirrorCounts.None;

    public async Task AddAsync(MirrorCounts page, CancellationToken cancellationToken)
    {
        Counts += page;
        await recorder.ProgressAsync(runId, Counts, null, cancellationToken);
    }
}

/// <summary>One SyncRun row per pull of an entity, updated page by page so the monitor can show progress.</summary>
public sealed class SyncRunRecorder(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock)
{
    /// <summary>
    /// Runs one pull as a recorded run. A source failure (unreachable, refused) is recorded in plain words and
    /// answered with false, so the caller can stop without a failed job; anything unexpected is recorded and rethrown.
    /// </summary>
    public async Task<bool> RecordAsync(SourceSystem system, string entity, Func<RunTally, Task> pull, CancellationToken cancellationToken)
    {
        var runId = await StartAsync(system, entity, cancellationToken);
        var tally = new RunTally(this, runId);
        try
        {
            await pull(tally);
            await FinishAsync(runId, tally.Counts, null, cancellationToken);
            return true;
        }
        catch (Exception ex) when (SyncFailure.IsExpected(ex))
        {
            await FinishAsync(runId, tally.Counts, SyncFailure.Describe(ex), CancellationToken.None);
            return false;
        }
        catch (Exception ex)
        {
            await FinishAsync(runId, tally.Counts, SyncFailure.Describe(ex), CancellationToken.None);
            throw;
        }
    }

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
