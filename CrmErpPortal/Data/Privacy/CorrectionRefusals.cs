using CrmErpPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Data.Privacy;

/// <summary>
/// When an approver rejects a privacy correction, the person's statement of the correction sought is kept with the
/// record (Privacy Act 2020 s 63(3)(b); APP 13.4). Lives in Data because the approvals flow, which owns the rejection,
/// calls it inside its own transaction, so a rejection without its statement cannot be committed.
/// </summary>
public static class CorrectionRefusals
{
    public static async Task RecordAsync(PortalDbContext db, ChangeRequest request, string? refusalReason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (request.Source != ChangeSource.Privacy)
        {
            return;
        }

        var correction = await db.CorrectionRequests.AsNoTracking().SingleOrDefaultAsync(c => c.ChangeRequestId == request.Id, cancellationToken);
        if (correction is null || await db.CorrectionStatements.AnyAsync(s => s.CorrectionRequestId == correction.Id, cancellationToken))
        {
            return;
        }

        db.CorrectionStatements.Add(new CorrectionStatement
        {
            CustomerId = correction.CustomerId,
            CorrectionRequestId = correction.Id,
            FieldName = correction.FieldName,
            Statement = StatementText(correction),
            RefusalReason = refusalReason,
            RecordedAt = now,
        });
    }

    /// <summary>The statement in the person's terms: what they say the field should read, and why.</summary>
    public static string StatementText(CorrectionRequest correction) =>
        $"{correction.PersonName} asks that this read \"{correction.ValueSought ?? "(blank)"}\": {correction.PersonReason}";
}
