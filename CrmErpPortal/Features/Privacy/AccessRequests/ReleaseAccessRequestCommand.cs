using System.Security.Claims;
using System.Text.Json;
using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.Privacy.AccessRequests;

public sealed record ReleaseAccessRequestInput(Guid AccessRequestId, string? Method, long Version);

/// <summary>Records that the gathered package went to the person, and how. Only with a verified identity and a package.</summary>
public sealed class ReleaseAccessRequestCommand(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock, IAuthorizationService authorization)
{
    public async Task<AccessRequestResult> ExecuteAsync(ReleaseAccessRequestInput input, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        await PrivacyAuthorization.EnsureAsync(authorization, user);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (request, refusal) = await AccessRequestSaves.OpenAsync(db, input.AccessRequestId, input.Version, cancellationToken);
        if (request is null)
        {
            return refusal!;
        }

        if (!request.IdentityVerified)
        {
            return AccessRequestResult.Failed("Verify the requester's identity before releasing anything.");
        }

        if (request.GatherState != GatherState.Succeeded || !await db.AccessRequestPackages.AnyAsync(p => p.AccessRequestId == request.Id, cancellationToken))
        {
            return AccessRequestResult.Failed("Gather the package first: there is nothing to release yet.");
        }

        if (string.IsNullOrWhiteSpace(input.Method))
        {
            return AccessRequestResult.Invalid(new Dictionary<string, string> { [nameof(input.Method)] = "Say how the package went to the person, e.g. emailed to the verified address." });
        }

        var now = clock.GetUtcNow();
        request.Status = AccessRequestStatus.Released;
        request.ReleaseMethod = input.Method.Trim();
        request.DecidedBy = user.UserId();
        request.DecidedByName = user.DisplayName();
        request.DecidedAt = now;
        db.AuditEvents.Add(AuditEvents.By(user, "AccessRequestReleased", nameof(AccessRequest), request.Id.ToString(), now,
            afterJson: JsonSerializer.Serialize(new { Status = request.Status.ToString(), request.ReleaseMethod })));
        return await AccessRequestSaves.SaveAsync(db, request.Id, cancellationToken);
    }
}
