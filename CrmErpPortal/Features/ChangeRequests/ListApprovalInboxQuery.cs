using System.Security.Claims;
using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Security;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.ChangeRequests;

/// <summary>One field of a request as an approver compares it; the conflict value is what the system held when a push stopped.</summary>
public sealed record FieldDiff(string FieldName, string Label, string? OldValue, string? NewValue, ChangeTarget Target, string? ConflictValue);

public sealed record ApprovalInboxItem(
    Guid Id,
    Guid CustomerId,
    string CustomerName,
    ChangeRequestStatus Status,
    string RequesterName,
    string Reason,
    DateTimeOffset WaitingSince,
    TimeSpan Age,
    ChangeSource Source,
    string Kind,
    string KindLabel,
    string RequiredApproverRole,
    IReadOnlyList<FieldDiff> Fields)
{
    public bool IsConflicted => Status == ChangeRequestStatus.Conflicted;
}

/// <summary>
/// The signed-in approver's inbox: pending and conflicted requests of the roles they hold (ApprovalRules), never
/// their own, oldest first so nothing waits forever. Bounded: an inbox longer than this is worked from the top.
/// </summary>
public sealed class ListApprovalInboxQuery(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock)
{
    public const int Cap = 200;

    public async Task<IReadOnlyList<ApprovalInboxItem>> ExecuteAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var roles = ApprovalRules.DecidableRoles(user);
        if (roles.Count == 0)
        {
            return [];
        }

        var userId = user.UserId();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.ChangeRequests.AsNoTracking()
            .Where(r => (r.Status == ChangeRequestStatus.Pending || r.Status == ChangeRequestStatus.Conflicted)
                && roles.Contains(r.RequiredApproverRole) && r.RequestedBy != userId)
            .OrderBy(r => r.RequestedAt).Take(Cap)
            .Join(db.Customers, r => r.CustomerId, c => c.Id, (r, c) => new
            {
                r.Id, r.CustomerId, CustomerName = c.DisplayName, r.Status, r.RequestedByName, r.Reason, r.RequestedAt, r.SubmittedAt, r.Source,
                r.RequiredApproverRole,
                Fields = r.Fields.Select(f => new { f.FieldName, f.OldValue, f.NewValue, f.TargetSystem, f.ConflictValue }).ToList(),
            })
            .ToListAsync(cancellationToken);

        // Waiting since submission: a draft kept for a week and submitted today is not the oldest in the queue.
        var now = clock.GetUtcNow();
        return rows.Select(r =>
            {
                var since = r.SubmittedAt ?? r.RequestedAt;
                var names = r.Fields.Select(f => f.FieldName).ToList();
                return new ApprovalInboxItem(r.Id, r.CustomerId, r.CustomerName, r.Status, r.RequestedByName ?? "Someone", r.Reason, since, now - since,
                    r.Source, ApprovalRules.KindOf(names), ChangeRequestWords.Kind(names), r.RequiredApproverRole,
                    [.. r.Fields.Select(f => new FieldDiff(f.FieldName, ChangeRequestWords.Label(f.FieldName), f.OldValue, f.NewValue, f.TargetSystem, f.ConflictValue))]);
            })
            .OrderBy(i => i.WaitingSince).ThenBy(i => i.Id).ToList();
    }
}
