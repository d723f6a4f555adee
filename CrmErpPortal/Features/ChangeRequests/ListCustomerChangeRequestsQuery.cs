using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.ChangeRequests;

public sealed record ChangeRequestSummary(
    Guid Id, ChangeRequestStatus Status, string RequestedBy, DateTimeOffset RequestedAt, string Reason, IReadOnlyList<FieldChangeSummary> Fields);

public sealed record FieldChangeSummary(string FieldName, string Label, string? OldValue, string? NewValue, ChangeTarget Target);

/// <summary>The change requests raised on one customer, newest first (bounded: the page shows recent ones).</summary>
public sealed class ListCustomerChangeRequestsQuery(IDbContextFactory<PortalDbContext> contexts)
{
    public const int Cap = 20;

    public async Task<IReadOnlyList<ChangeRequestSummary>> ExecuteAsync(Guid customerId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.ChangeRequests.AsNoTracking().Where(r => r.CustomerId == customerId)
            .OrderByDescending(r => r.RequestedAt).Take(Cap)
            .Select(r => new { r.Id, r.Status, r.RequestedBy, r.RequestedAt, r.Reason, Fields = r.Fields.Select(f => new { f.FieldName, f.OldValue, f.NewValue, f.TargetSystem }).ToList() })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new ChangeRequestSummary(r.Id, r.Status, r.RequestedBy, r.RequestedAt, r.Reason,
            r.Fields.Select(f => new FieldChangeSummary(f.FieldName, ChangeableFields.Find(f.FieldName)?.Label ?? f.FieldName, f.OldValue, f.NewValue, f.TargetSystem)).ToList())).ToList();
    }
}
