using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.Privacy.AccessRequests.Deadlines;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.Privacy.AccessRequests;

public sealed record AccessRequestRow(
    Guid Id, string SubjectName, AccessSubjectKind SubjectKind, string RequesterName, PrivacyJurisdiction Jurisdiction,
    DateOnly ReceivedOn, DateOnly DueOn, bool Extended, AccessRequestStatus Status, bool IdentityVerified, DeadlineFlag Flag);

/// <summary>The register, open requests first by due date (the most urgent on top), then closed ones by due date.</summary>
public sealed class ListAccessRequestsQuery(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock)
{
    public async Task<IReadOnlyList<AccessRequestRow>> ExecuteAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.AccessRequests.AsNoTracking()
            .Select(r => new
            {
                r.Id, r.SubjectName, r.SubjectKind, r.RequesterName, r.Jurisdiction, r.ReceivedOn, r.DueOn, r.Status, r.IdentityVerified,
                Extended = r.Extensions.Any(),
            })
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return [.. rows
            .Select(r => new AccessRequestRow(r.Id, r.SubjectName, r.SubjectKind, r.RequesterName, r.Jurisdiction, r.ReceivedOn, r.DueOn, r.Extended,
                r.Status, r.IdentityVerified, AccessDeadlines.Flag(r.DueOn, JurisdictionCalendar.Today(r.Jurisdiction, now), r.Status.IsClosed())))
            .OrderBy(r => r.Status.IsClosed())
            .ThenBy(r => r.DueOn)
            .ThenBy(r => r.SubjectName, StringComparer.OrdinalIgnoreCase)];
    }
}
