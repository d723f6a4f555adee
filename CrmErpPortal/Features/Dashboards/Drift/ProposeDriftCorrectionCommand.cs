using System.Security.Claims;
using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.ChangeRequests;
using CrmErpPortal.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.Dashboards.Drift;

/// <summary>Either the change request that now carries the correction, or why none was made.</summary>
public sealed record DriftCorrectionResult(Guid? ChangeRequestId, string? Error, bool AlreadyPending = false);

/// <summary>
/// "Propose correction": drafts and submits a change request (through <see cref="DraftChangeRequestCommand"/>) that
/// takes the owner's value of the field to the other system. Never a second one: when a request for that customer and
/// field is already waiting or on its way (pending, approved, pushing), that one is returned instead.
/// </summary>
public sealed class ProposeDriftCorrectionCommand(
    IDbContextFactory<PortalDbContext> contexts, DraftChangeRequestCommand draft, IAuthorizationService authorization)
{
    private static readonly ChangeRequestStatus[] InFlight = [ChangeRequestStatus.Pending, ChangeRequestStatus.Approved, ChangeRequestStatus.Pushing];

    public async Task<DriftCorrectionResult> ExecuteAsync(Guid findingId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(user, Policies.Stewardship)).Succeeded)
        {
            return new(null, "Only a data steward or an administrator can propose a correction.");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var finding = await db.DriftFindings.SingleOrDefaultAsync(f => f.Id == findingId, cancellationToken);
        if (finding is null || finding.ResolvedAt is not null)
        {
            return new(null, "This difference is no longer open: the two systems agree now.");
        }

        var fieldName = DriftFields.ChangeField(finding.Field);
        var pending = await db.ChangeRequests.AsNoTracking()
            .Where(r => r.CustomerId == finding.CustomerId && InFlight.Contains(r.Status) && r.Fields.Any(f => f.FieldName == fieldName))
            .Select(r => (Guid?)r.Id).FirstOrDefaultAsync(cancellationToken);
        if (pending is { } existing)
        {
            finding.ChangeRequestId ??= existing;
            await db.SaveChangesAsync(cancellationToken);
            return new(existing, "A change request for this field is already waiting; it was not made twice.", AlreadyPending: true);
        }

        var owner = finding.OwnerSystem;
        var ownerValue = owner == SourceSystem.Crm ? finding.CrmValue : finding.ErpValue;
        if (string.IsNullOrWhiteSpace(ownerValue))
        {
            return new(null, $"The {Name(owner)} (the owner) has no value here: enter it in the {Name(owner)} first; the next check will compare again.");
        }

        var reason = $"Drift report: the {Name(DriftFields.Other(finding.Field))} differs from the {Name(owner)}, which owns the {DriftFields.Label(finding.Field).ToLowerInvariant()}.";
        var result = await draft.ExecuteAsync(
            new DraftChangeRequestInput(finding.CustomerId, [new FieldChangeInput(fieldName, ownerValue)], reason, ChangeSource.DriftReport, Submit: true,
                Correcting: DriftFields.Other(finding.Field)),
            user, cancellationToken);
        if (!result.Saved)
        {
            return new(null, string.Join(" ", result.Errors.Values));
        }

        finding.ChangeRequestId = result.ChangeRequestId;
        await db.SaveChangesAsync(cancellationToken);
        return new(result.ChangeRequestId, null);
    }

    private static string Name(SourceSystem system) => system == SourceSystem.Crm ? "CRM" : "ERP";
}
