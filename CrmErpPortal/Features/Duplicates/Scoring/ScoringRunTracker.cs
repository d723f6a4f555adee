using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.Duplicates.Scoring;

public sealed record CandidateCounts(int Proposed, int Reopened, int Dismissed);

/// <summary>Writes a scoring run's progress to the hub, where every portal instance's queue page can read it.</summary>
public sealed class ScoringRunTracker(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock)
{
    public async Task<Guid> QueueAsync(ScoringRunKind kind, string requestedBy, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var run = new DuplicateScoringRun { Kind = kind, Status = ScoringRunStatus.Queued, RequestedBy = requestedBy, QueuedAt = clock.GetUtcNow(), Phase = "Waiting for a job server" };
        db.DuplicateScoringRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        return run.Id;
    }

    /// <param name="kind">What the run turned out to be: a changed-customers run on a hub never scored becomes a full one.</param>
    public Task StartAsync(Guid runId, ScoringRunKind kind, CancellationToken cancellationToken) =>
        UpdateAsync(runId, r =>
        {
            r.Kind = kind;
            r.Status = ScoringRunStatus.Running;
            r.StartedAt = clock.GetUtcNow();
        }, cancellationToken);

    public Task ProgressAsync(Guid runId, string phase, int processed, int total, CancellationToken cancellationToken, long? candidatePairs = null) =>
        UpdateAsync(runId, r =>
        {
            r.Phase = phase;
            r.Processed = processed;
            r.Total = total;
            r.CandidatePairs = candidatePairs ?? r.CandidatePairs;
        }, cancellationToken);

    public Task SucceedAsync(Guid runId, CandidateCounts counts, DateTimeOffset? changesUpTo, CancellationToken cancellationToken) =>
        UpdateAsync(runId, r =>
        {
            r.Status = ScoringRunStatus.Succeeded;
            r.FinishedAt = clock.GetUtcNow();
            r.Phase = "Done";
            r.Processed = r.Total;
            r.PairsProposed = counts.Proposed;
            r.PairsReopened = counts.Reopened;
            r.PairsDismissed = counts.Dismissed;
            r.ChangesUpTo = changesUpTo;
        }, cancellationToken);

    public Task FailAsync(Guid runId, string error) =>
        UpdateAsync(runId, r =>
        {
            r.Status = ScoringRunStatus.Failed;
            r.FinishedAt = clock.GetUtcNow();
            r.Error = error.Length > 1000 ? error[..1000] : error;
        }, CancellationToken.None);

    /// <summary>The newest customer change a finished run covered; incremental scoring starts after it.</summary>
    public async Task<DateTimeOffset?> CheckpointAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.DuplicateScoringRuns.AsNoTracking()
            .Where(r => r.Status == ScoringRunStatus.Succeeded && r.ChangesUpTo != null)
            .OrderByDescending(r => r.ChangesUpTo)
            .Select(r => r.ChangesUpTo)
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Whether any customer changed since the last run (or none has ever scored the hub).</summary>
    public async Task<bool> AnyChangesAsync(CancellationToken cancellationToken)
    {
        var since = await CheckpointAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return since is { } checkpoint
            ? await db.Customers.AnyAsync(c => c.UpdatedAt > checkpoint, cancellationToken)
            : await db.Customers.AnyAsync(cancellationToken);
    }

    private async Task UpdateAsync(Guid runId, Action<DuplicateScoringRun> change, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var run = await db.DuplicateScoringRuns.SingleAsync(r => r.Id == runId, cancellationToken);
        change(run);
        await db.SaveChangesAsync(cancellationToken);
    }
}
