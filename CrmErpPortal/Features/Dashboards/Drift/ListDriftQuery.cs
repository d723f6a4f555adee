using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.Dashboards.Drift;

/// <summary>One difference: the customer, the field, both systems' values side by side, and whose value wins.</summary>
public sealed record DriftRow
{
    public Guid FindingId { get; init; }
    public Guid CustomerId { get; init; }
    public required string Customer { get; init; }
    public required string Country { get; init; }
    public SharedField Field { get; init; }
    public string? CrmValue { get; init; }
    public string? ErpValue { get; init; }
    public SourceSystem Owner { get; init; }
    public DateTimeOffset DetectedAt { get; init; }
    public Guid? ChangeRequestId { get; init; }
    public ChangeRequestStatus? ChangeRequestStatus { get; init; }
}

public sealed record DriftList(IReadOnlyList<DriftRow> Rows, int Total);

/// <summary>The open differences, by field then customer name; <c>limit</c> null for all (the export).</summary>
public sealed class ListDriftQuery(IDbContextFactory<PortalDbContext> contexts)
{
    public const int PageLimit = 200;

    public async Task<DriftList> ExecuteAsync(string? country, SharedField? field, int? limit, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var open = DriftFilter.Open(db, country, field);
        var total = await open.CountAsync(cancellationToken);
        var rows = from f in open
                   join c in db.Customers on f.CustomerId equals c.Id
                   orderby f.Field, c.DisplayName, f.CustomerId
                   select new DriftRow
                   {
                       FindingId = f.Id,
                       CustomerId = f.CustomerId,
                       Customer = c.DisplayName,
                       Country = f.CountryCode,
                       Field = f.Field,
                       CrmValue = f.CrmValue,
                       ErpValue = f.ErpValue,
                       Owner = f.OwnerSystem,
                       DetectedAt = f.DetectedAt,
                       ChangeRequestId = f.ChangeRequestId,
                       ChangeRequestStatus = db.ChangeRequests.Where(r => r.Id == f.ChangeRequestId).Select(r => (ChangeRequestStatus?)r.Status).FirstOrDefault(),
                   };
        var list = await (limit is { } take ? rows.Take(take) : rows).ToListAsync(cancellationToken);
        return new DriftList(list, total);
    }
}
