using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Data.Outbox;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.Sync.Push;

/// <summary>A request's status follows its messages: pushing until each system has answered, then done, failed or conflicted.</summary>
public static class ChangeRequestProgress
{
    public static async Task UpdateAsync(PortalDbContext db, Guid requestId, CancellationToken cancellationToken)
    {
        var request = await db.ChangeRequests.SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken);
        if (request is null)
        {
            return;
        }

        // Messages already tracked carry this transaction's changes; the rest come from the database.
        var tracked = db.ChangeTracker.Entries<OutboxMessage>().Where(e => e.Entity.ChangeRequestId == requestId).Select(e => e.Entity).ToList();
        var stored = await db.OutboxMessages.AsNoTracking().Where(m => m.ChangeRequestId == requestId).Select(m => new { m.Id, m.Status }).ToListAsync(cancellationToken);
        var statuses = stored.Select(s => tracked.FirstOrDefault(t => t.Id == s.Id)?.Status ?? s.Status)
            .Concat(tracked.Where(t => stored.All(s => s.Id != t.Id)).Select(t => t.Status)).ToList();
        request.Status = Aggregate(statuses, request.Status);
    }

    public static ChangeRequestStatus Aggregate(IReadOnlyCollection<OutboxStatus> messages, ChangeRequestStatus current)
    {
        if (messages.Count == 0)
        {
            return current;
        }

        if (messages.Contains(OutboxStatus.Conflicted))
        {
            return ChangeRequestStatus.Conflicted;
        }

        if (messages.Contains(OutboxStatus.DeadLettered))
        {
            return ChangeRequestStatus.Failed;
        }

        if (messages.All(s => s is OutboxStatus.Succeeded or OutboxStatus.Cancelled))
        {
            return messages.Contains(OutboxStatus.Succeeded) ? ChangeRequestStatus.Done : ChangeRequestStatus.Failed;
        }

        return ChangeRequestStatus.Pushing;
    }
}
