using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Data.Outbox;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.ChangeRequests;

public enum PushStateKind
{
    Pushing,
    Done,
    Failed,
    Conflicted,
    Cancelled,
}

/// <summary>Where one system stands with a request's write: the words a requester or approver reads, and the failure in plain language.</summary>
public sealed record SystemPushState(SourceSystem System, PushStateKind Kind, string? Problem, DateTimeOffset? SentAt)
{
    public string SystemName => System == SourceSystem.Crm ? "CRM" : "ERP";

    public string Text => Kind switch
    {
        PushStateKind.Pushing => "pushing",
        PushStateKind.Done => "done",
        PushStateKind.Failed => Problem is null ? "failed" : $"failed: {Problem}",
        PushStateKind.Conflicted => "conflicted",
        _ => "cancelled",
    };
}

/// <summary>Outbox message statuses as push states, shared by the 360 page's list and "My requests".</summary>
public static class PushStates
{
    public static PushStateKind KindOf(OutboxStatus status) => status switch
    {
        OutboxStatus.Pending or OutboxStatus.Sending => PushStateKind.Pushing,
        OutboxStatus.Succeeded => PushStateKind.Done,
        OutboxStatus.DeadLettered => PushStateKind.Failed,
        OutboxStatus.Conflicted => PushStateKind.Conflicted,
        _ => PushStateKind.Cancelled,
    };

    public static SystemPushState From(SourceSystem system, OutboxStatus status, string? lastError, DateTimeOffset? sentAt) => new(
        system, KindOf(status), status == OutboxStatus.DeadLettered ? lastError ?? "the system refused the change" : null, sentAt);

    /// <summary>The push states of each request, CRM first.</summary>
    public static async Task<Dictionary<Guid, IReadOnlyList<SystemPushState>>> ForRequestsAsync(
        PortalDbContext db, IReadOnlyCollection<Guid> requestIds, CancellationToken cancellationToken)
    {
        var rows = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.ChangeRequestId != null && requestIds.Contains(m.ChangeRequestId.Value))
            .Select(m => new { RequestId = m.ChangeRequestId!.Value, m.TargetSystem, m.Status, m.LastError, m.SentAt })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.RequestId).ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<SystemPushState>)g.OrderBy(r => r.TargetSystem).Select(r => From(r.TargetSystem, r.Status, r.LastError, r.SentAt)).ToList());
    }
}
