using CrmErpPortal.Data;
using CrmErpPortal.Features.ChangeRequests;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.Privacy.Corrections;

/// <summary>A refused correction's statement, to show or export beside the field it is about.</summary>
public sealed record CorrectionStatementView(Guid CustomerId, string FieldName, string FieldLabel, string Statement, string? RefusalReason, DateTimeOffset RecordedAt)
{
    /// <summary>One line for a file column: "Name: statement".</summary>
    public string ForExport => $"{FieldLabel}: {Statement}";
}

/// <summary>
/// The statements of correction sought that must be read with the data (NZ s 63(3)(b), AU APP 13.4): for the 360 page,
/// every export of the fields, and the access-request package. Call with the customers in hand.
/// </summary>
public sealed class GetCorrectionStatementsQuery(IDbContextFactory<PortalDbContext> contexts)
{
    public async Task<IReadOnlyList<CorrectionStatementView>> ExecuteAsync(IReadOnlyCollection<Guid> customerIds, CancellationToken cancellationToken)
    {
        if (customerIds.Count == 0)
        {
            return [];
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ids = customerIds.Distinct().ToList();
        var rows = await db.CorrectionStatements.AsNoTracking().Where(s => ids.Contains(s.CustomerId))
            .Select(s => new { s.CustomerId, s.FieldName, s.Statement, s.RefusalReason, s.RecordedAt, s.Id }).ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.Id)
            .Select(r => new CorrectionStatementView(r.CustomerId, r.FieldName, ChangeableFields.Find(r.FieldName)?.Label ?? r.FieldName, r.Statement, r.RefusalReason, r.RecordedAt))];
    }
}
