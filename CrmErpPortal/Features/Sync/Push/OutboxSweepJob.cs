using CrmErpPortal.Data;
using CrmErpPortal.Data.Outbox;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.Sync.Push;

/// <summary>
/// The safety net of the outbox: every minute (and at start-up) it re-enqueues messages that are due but have no job
/// — lost with an in-memory job store on restart, or left "sending" by a sender that died once its lease ran out.
/// A message enqueued twice is harmless: only one sender can claim it.
/// </summary>
public sealed class OutboxSweepJob(IDbContextFactory<PortalDbContext> contexts, IBackgroundJobClient jobs, TimeProvider clock)
{
    public const int BatchSize = 1_000;

    [AutomaticRetry(Attempts = 0)]
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var ids = await DueAsync(cancellationToken);
        OutboxSendJob.Enqueue(jobs, ids);
        return ids.Count;
    }

    public async Task<IReadOnlyList<Guid>> DueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.OutboxMessages.AsNoTracking()
            .Where(m => (m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now) || (m.Status == OutboxStatus.Sending && m.LockedUntil < now))
            .OrderBy(m => m.NextAttemptAt)
            .Select(m => m.Id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
    }
}
