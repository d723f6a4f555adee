using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.ChangeRequests;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.Privacy.Corrections;

public sealed record CorrectionView(
    Guid Id, Guid CustomerId, string Customer, string FieldLabel, string? ValueSought, string PersonName, DateTimeOffset LoggedAt,
    ChangeRequestStatus Status, string? DecisionComment, bool HasStatement);

/// <summary>The correction register: every logged correction with where its change request stands.</summary>
public sealed class ListCorrectionsQuery(IDbContextFactory<PortalDbContext> contexts)
{
    public async Task<IReadOnlyList<CorrectionView>> ExecuteAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await (
                from c in db.CorrectionRequests.AsNoTracking()
                join r in db.ChangeRequests on c.ChangeRequestId equals r.Id
                join k in db.Customers on c.CustomerId equals k.Id
                select new
                {
                    c.Id, c.CustomerId, Customer = k.DisplayName, c.FieldName, c.ValueSought, c.PersonName, c.LoggedAt, r.Status, r.DecisionComment,
                    HasStatement = db.CorrectionStatements.Any(s => s.CorrectionRequestId == c.Id),
                })
            .ToListAsync(cancellationToken);
        return [.. rows.OrderByDescending(r => r.LoggedAt)
            .Select(r => new CorrectionView(r.Id, r.CustomerId, r.Customer, ChangeableFields.Find(r.FieldName)?.Label ?? r.FieldName, r.ValueSought,
                r.PersonName, r.LoggedAt, r.Status, r.DecisionComment, r.HasStatement))];
    }
}
