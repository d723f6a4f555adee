using System.Security.Claims;
using System.Text.Json;
using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.Privacy.AccessRequests;

public sealed record RefuseAccessRequestInput(Guid AccessRequestId, string? Reason, long Version);

/// <summary>
/// Refuses the request with the reasons the person is told (NZ ss 49–53 grounds, APP 12.3; the reply must also mention
/// the right to complain to the Commissioner). Refusal needs no verified identity: failing to verify is itself a ground.
/// </summary>
public sealed class RefuseAccessRequestCommand(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock, IAuthorizationService authorization)
{
    public async Task<AccessRequestResult> ExecuteAsync(RefuseAccessRequestInput input, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        await PrivacyAuthorization.EnsureAsync(authorization, user);
        if (string.IsNullOrWhiteSpace(input.Reason))
        {
            return AccessRequestResult.Invalid(new Dictionary<string, string> { [nameof(input.Reason)] = "Give the reasons for refusing; the person must be told them." });
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (request, refusal) = await AccessRequestSaves.OpenAsync(db, input.AccessRequestId, input.Version, cancellationToken);
        if (request is null)
        {
            return refusal!;
        }

        var now = clock.GetUtcNow();
        request.Status = AccessRequestStatus.Refused;
        request.RefusalReason = input.Reason.Trim();
        request.DecidedBy = user.UserId();
        request.DecidedByName = user.DisplayName();
        request.DecidedAt = now;
        db.AuditEvents.Add(AuditEvents.By(user, "AccessRequestRefused", nameof(AccessRequest), request.Id.ToString(), now,
            afterJson: JsonSerializer.Serialize(new { Status = request.Status.ToString(), request.RefusalReason })));
        return await AccessRequestSaves.SaveAsync(db, request.Id, cancellationToken);
    }
}
