using CrmErpPortal.Jobs;
using CrmErpPortal.Data.Entities;
using Hangfire;

namespace CrmErpPortal.Features.Duplicates.Scoring;

/// <summary>
/// The Hangfire entry points. Both take ids only and are safe to repeat: a run re-scores from the hub's current state,
/// and the changed-customers run moves its checkpoint only when it succeeds. Both wait for the hub-sync lock first: in
/// the middle of a pull, a CRM record and its ERP twin are still two customers until the exact-key linker folds them,
/// and a queue pair between them would stop that fold (the linker leaves records with people's work on them alone).
/// </summary>
public sealed class ScoreDuplicatesJob(DuplicateScorer scorer, ScoringRunTracker runs, ScoringLock scoringLock, HubSyncLock hubLock)
{
    [AutomaticRetry(Attempts = 0)]
    public async Task RunFullAsync(Guid runId, CancellationToken cancellationToken)
    {
        using var held = scoringLock.Acquire();
        using var sync = hubLock.Acquire();
        await RunAsync(runId, () => scorer.ScoreAllAsync(runId, cancellationToken));
    }

    /// <summary>The recurring follow-up to the pulls: scores customers changed since the last run (a no-op when none).</summary>
    [AutomaticRetry(Attempts = 2)]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task RunChangedAsync(CancellationToken cancellationToken)
    {
        using var held = scoringLock.Acquire();
        using var sync = hubLock.Acquire();
        if (!await runs.AnyChangesAsync(cancellationToken))
        {
            return;
        }

        var runId = await runs.QueueAsync(ScoringRunKind.Changed, CandidateWriter.System, cancellationToken);
        await RunAsync(runId, () => scorer.ScoreChangedAsync(runId, cancellationToken));
    }

    private async Task RunAsync(Guid runId, Func<Task> run)
    {
        try
        {
            await run();
        }
        catch (Exception ex)
        {
            await runs.FailAsync(runId, $"{ex.GetType().Name}: {ex.Message}");
            throw;
        }
    }
}
