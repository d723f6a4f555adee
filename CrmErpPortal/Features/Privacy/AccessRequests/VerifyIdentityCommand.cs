using System.Security.Claims;
using System.Text.Json;
using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.Privacy.AccessRequests;

public sealed record VerifyIdentityInput(Guid AccessRequestId, string? Method, long Version);

/// <summary>
/// Records that the requester's identity was checked (IPP 6 and APP 12 both require it before release), how, by whom
/// and when. Gathering and release are refused until this is done.
/// </summary>
public sealed class VerifyIdentityCommand(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock, IAuthorizationService authorization)
{
    public async Task<AccessRequestResult> ExecuteAsync(VerifyIdentityInput input, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        await PrivacyAuthorization.EnsureAsync(authorization, user);
        if (string.IsNullOrWhiteSpace(input.Method))
        {
            return AccessRequestResult.Invalid(new Dictionary<string, string> { [nameof(input.Method)] = "Say how the identity was checked, e.g. driver licence sighted." });
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (request, refusal) = await AccessRequestSaves.OpenAsync(db, input.AccessRequestId, input.Version, cancellationToken);
        if (request is null)
        {
            return refusal!;
        }

        var now = clock.GetUtcNow();
        request.IdentityVerified = true;
        request.IdentityMethod = input.Method.Trim();
        request.IdentityVerifiedBy = user.UserId();
        request.IdentityVerifiedByName = user.DisplayName();
        request.IdentityVerifiedAt = now;
        db.AuditEvents.Add(AuditEvents.By(user, "AccessRequestIdentityVerified", nameof(AccessRequest), request.Id.ToString(), now,
            afterJson: JsonSerializer.Serialize(new { request.IdentityMethod })));
        return await AccessRequestSaves.SaveAsync(db, request.Id, cancellationToken);
    }
}
