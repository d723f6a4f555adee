using System.Security.Claims;
using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Security;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.ChangeRequests;

/// <summary>The requester sends their draft for approval, or withdraws a request nobody has decided yet.</summary>
public sealed class SubmitChangeRequestCommand(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock)
{
    public Task<string?> SubmitAsync(Guid requestId, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        MoveAsync(requestId, ChangeRequestStatus.Draft, ChangeRequestStatus.Pending, "ChangeRequestSubmitted", user, cancellationToken);

    public Task<string?> WithdrawAsync(Guid requestId, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        MoveAsync(requestId, null, ChangeRequestStatus.Rejected, "ChangeRequestWithdrawn", user, cancellationToken);

    private async Task<string?> MoveAsync(Guid requestId, ChangeRequestStatus? from, ChangeRequestStatus to, string action, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var request = await db.ChangeRequests.SingleOrDefaultAsync(r => r.Id == requestId, cancellationToken);
        if (request is null || !string.Equals(request.RequestedBy, user.UserId(), StringComparison.Ordinal))
        {
            return "Only the person who made a request can submit or withdraw it.";
        }

        var allowed = from is { } status ? request.Status == status : request.Status is ChangeRequestStatus.Draft or ChangeRequestStatus.Pending;
        if (!allowed)
        {
            return $"This request is {request.Status.ToString().ToLowerInvariant()} and can no longer be {(to == ChangeRequestStatus.Pending ? "submitted" : "withdrawn")}.";
        }

        var now = clock.GetUtcNow();
        request.Status = to;
        if (to == ChangeRequestStatus.Pending)
        {
            request.SubmittedAt = now;
        }
        else
        {
            request.DecidedBy = user.UserId();
            request.DecidedByName = user.DisplayName();
            request.DecidedAt = now;
            request.DecisionComment = "Withdrawn by the requester.";
        }

        db.AuditEvents.Add(AuditEvents.By(user, action, nameof(ChangeRequest), request.Id.ToString(), now));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return "Someone decided this request just now; reload to see where it stands.";
        }

        return null;
    }
}
