using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.ChangeRequests;

public sealed record ChangeRequestSummary(
    Guid Id, ChangeRequestStatus Status, string RequestedBy, DateTimeOffset RequestedAt, string Reason, IReadOnlyList<FieldChangeSummary> Fields)
{
    public string? RequestedByName { get; init; }

    public string? DecisionComment { get; init; }

    /// <summary>Where each system stands with the push, once approved.</summary>
    public IReadOnlyList<SystemPushState> Pushes { get; init; } = [];
}

/// <param name="ConflictValue">What the system held when a push found the field changed by someone else.</param>
public sealed record FieldChangeSummary(string FieldName, string Label, string? OldValue, string? NewValue, ChangeTarget Target, string? ConflictValue = null);

/// <summary>The change requests raised on one customer, newest first (bounded: the page shows recent ones).</summary>
public sealed class ListCustomerChangeRequestsQuery(IDbContextFactory<PortalDbContext> contexts)
{
    public const int Cap = 20;

    public async Task<IReadOnlyList<ChangeRequestSummary>> ExecuteAsync(Guid customerId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.ChangeRequests.AsNoTracking().Where(r => r.CustomerId == customerId)
            .OrderByDescending(r => r.RequestedAt).Take(Cap)
            .Select(r => new
            {
                r.Id, r.Status, r.RequestedBy, r.RequestedByName, r.RequestedAt, r.Reason, r.DecisionComment,
                Fields = r.Fields.Select(f => new { f.FieldName, f.OldValue, f.NewValue, f.TargetSystem, f.ConflictValue }).ToList(),
            })
            .ToListAsync(cancellationToken);
        var pushes = await PushStates.ForRequestsAsync(db, [.. rows.Select(r => r.Id)], cancellationToken);
        return rows.Select(r => new ChangeRequestSummary(r.Id, r.Status, r.RequestedBy, r.RequestedAt, r.Reason,
            r.Fields.Select(f => new FieldChangeSummary(f.FieldName, ChangeRequestWords.Label(f.FieldName), f.OldValue, f.NewValue, f.TargetSystem, f.ConflictValue)).ToList())
        {
            RequestedByName = r.RequestedByName,
            DecisionComment = r.DecisionComment,
            Pushes = pushes.GetValueOrDefault(r.Id) ?? [],
        }).ToList();
    }
}
