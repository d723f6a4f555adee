using System.Security.Claims;
using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Security;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.ChangeRequests;

public sealed record MyChangeRequest(
    Guid Id,
    Guid CustomerId,
    string CustomerName,
    ChangeRequestStatus Status,
    DateTimeOffset RequestedAt,
    string Reason,
    string? DecidedByName,
    DateTimeOffset? DecidedAt,
    string? DecisionComment,
    IReadOnlyList<FieldDiff> Fields,
    IReadOnlyList<SystemPushState> Pushes)
{
    public bool CanWithdraw => Status is ChangeRequestStatus.Draft or ChangeRequestStatus.Pending;

    public bool CanSubmit => Status == ChangeRequestStatus.Draft;
}

/// <summary>The signed-in user's own requests in every status, newest first, with where each system stands with the push.</summary>
public sealed class ListMyChangeRequestsQuery(IDbContextFactory<PortalDbContext> contexts)
{
    public const int Cap = 100;

    public async Task<IReadOnlyList<MyChangeRequest>> ExecuteAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var userId = user.UserId();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.ChangeRequests.AsNoTracking().Where(r => r.RequestedBy == userId)
            .OrderByDescending(r => r.RequestedAt).Take(Cap)
            .Join(db.Customers, r => r.CustomerId, c => c.Id, (r, c) => new
            {
                r.Id, r.CustomerId, CustomerName = c.DisplayName, r.Status, r.RequestedAt, r.Reason, r.DecidedByName, r.DecidedAt, r.DecisionComment,
                Fields = r.Fields.Select(f => new { f.FieldName, f.OldValue, f.NewValue, f.TargetSystem, f.ConflictValue }).ToList(),
            })
            .ToListAsync(cancellationToken);
        var pushes = await PushStates.ForRequestsAsync(db, [.. rows.Select(r => r.Id)], cancellationToken);
        return [.. rows.OrderByDescending(r => r.RequestedAt).Select(r => new MyChangeRequest(
            r.Id, r.CustomerId, r.CustomerName, r.Status, r.RequestedAt, r.Reason, r.DecidedByName, r.DecidedAt, r.DecisionComment,
            [.. r.Fields.Select(f => new FieldDiff(f.FieldName, ChangeRequestWords.Label(f.FieldName), f.OldValue, f.NewValue, f.TargetSystem, f.ConflictValue))],
            pushes.GetValueOrDefault(r.Id) ?? []))];
    }
}
