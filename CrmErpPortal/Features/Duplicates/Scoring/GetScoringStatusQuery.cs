using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.Duplicates.Scoring;

public sealed record ScoringRunView(
    Guid Id, ScoringRunKind Kind, ScoringRunStatus Status, DateTimeOffset QueuedAt, DateTimeOffset? FinishedAt, string? Phase,
    int Processed, int Total, long CandidatePairs, int PairsProposed, int PairsReopened, int PairsDismissed, string? Error)
{
    public bool InProgress => Status is ScoringRunStatus.Queued or ScoringRunStatus.Running;

    public double Percent => Total == 0 ? 0 : 100.0 * Processed / Total;
}

/// <summary>The latest full re-score and the latest changed-customers run, for the queue page's status panel.</summary>
public sealed class GetScoringStatusQuery(IDbContextFactory<PortalDbContext> contexts)
{
    public async Task<IReadOnlyList<ScoringRunView>> ExecuteAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var latest = new List<ScoringRunView>();
        foreach (var kind in new[] { ScoringRunKind.Full, ScoringRunKind.Changed })
        {
            var run = await db.DuplicateScoringRuns.AsNoTracking()
                .Where(r => r.Kind == kind)
                .OrderByDescending(r => r.QueuedAt)
                .Select(r => new ScoringRunView(r.Id, r.Kind, r.Status, r.QueuedAt, r.FinishedAt, r.Phase, r.Processed, r.Total,
                    r.CandidatePairs, r.PairsProposed, r.PairsReopened, r.PairsDismissed, r.Error))
                .FirstOrDefaultAsync(cancellationToken);
            if (run is not null)
            {
                latest.Add(run);
            }
        }

        return latest;
    }
}
