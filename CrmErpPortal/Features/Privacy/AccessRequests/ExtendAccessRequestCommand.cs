using System.Security.Claims;
using System.Text.Json;
using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.Privacy.AccessRequests.Deadlines;
using CrmErpPortal.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.Privacy.AccessRequests;

public sealed record ExtendAccessRequestInput(Guid AccessRequestId, DateOnly? NewDueOn, string? Reason, long Version);

/// <summary>
/// Extends the time limit (NZ s 48: for a reasonable period, notified with reasons within the original limit; AU: the
/// "reasonable period" agreed with the person). The new date, reason, who and when are kept; the old date stays on record.
/// </summary>
public sealed class ExtendAccessRequestCommand(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock, IAuthorizationService authorization)
{
    public async Task<AccessRequestResult> ExecuteAsync(ExtendAccessRequestInput input, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        await PrivacyAuthorization.EnsureAsync(authorization, user);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (request, refusal) = await AccessRequestSaves.OpenAsync(db, input.AccessRequestId, input.Version, cancellationToken);
        if (request is null)
        {
            return refusal!;
        }

        var now = clock.GetUtcNow();
        var today = JurisdictionCalendar.Today(request.Jurisdiction, now);

        if (today > request.DueOn)
        {
            return AccessRequestResult.Failed($"The time limit passed on {request.DueOn:d MMM yyyy}: an extension must be made and notified before the limit runs out.");
        }

        var errors = new Dictionary<string, string>();
        if (input.NewDueOn is not { } newDue || newDue <= request.DueOn)
        {
            errors[nameof(input.NewDueOn)] = $"Choose a new due date after the current one ({request.DueOn:d MMM yyyy}).";
        }

        if (string.IsNullOrWhiteSpace(input.Reason))
        {
            errors[nameof(input.Reason)] = "Give the reason the person will be told, e.g. a large amount of information to search.";
        }

        if (errors.Count > 0)
        {
            return AccessRequestResult.Invalid(errors);
        }

        request.Extensions.Add(new AccessRequestExtension
        {
            AccessRequestId = request.Id,
            PreviousDueOn = request.DueOn,
            NewDueOn = input.NewDueOn!.Value,
            Reason = input.Reason!.Trim(),
            ExtendedBy = user.UserId(),
            ExtendedByName = user.DisplayName(),
            ExtendedAt = now,
        });
        db.AuditEvents.Add(AuditEvents.By(user, "AccessRequestExtended", nameof(AccessRequest), request.Id.ToString(), now,
            beforeJson: JsonSerializer.Serialize(new { request.DueOn }), afterJson: JsonSerializer.Serialize(new { DueOn = input.NewDueOn, Reason = input.Reason.Trim() })));
        request.DueOn = input.NewDueOn.Value;
        if (request.Status == AccessRequestStatus.Received)
        {
            request.Status = AccessRequestStatus.Extended;
        }

        return await AccessRequestSaves.SaveAsync(db, request.Id, cancellationToken);
    }
}
