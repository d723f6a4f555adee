using System.Security.Claims;
using System.Text.Json;
using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Security;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.Conversions.Credit;

public sealed record WithdrawCreditRequestResult(string? Error)
{
    public bool Succeeded => Error is null;
}

/// <summary>
/// The requester takes back their own credit request while it still waits for a decision; nobody else can (a credit
/// controller rejects instead, with a reason). Audited in the same transaction.
/// </summary>
public sealed class WithdrawCreditRequestCommand(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock)
{
    public async Task<WithdrawCreditRequestResult> ExecuteAsync(Guid id, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var request = await db.CreditRequests.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (request is null)
        {
            return new("This request no longer exists.");
        }

        if (!string.Equals(request.RequestedBy, user.UserId(), StringComparison.Ordinal))
        {
            return new("Only the person who raised a credit request can withdraw it; a credit controller rejects it instead.");
        }

        if (request.Status != CreditRequestStatus.Pending)
        {
            return new($"This request is already {request.Status.ToString().ToLowerInvariant()}; only a waiting request can be withdrawn.");
        }

        var now = clock.GetUtcNow();
        request.Status = CreditRequestStatus.Withdrawn;
        db.AuditEvents.Add(AuditEvents.By(user, "CreditRequestWithdrawn", nameof(CreditRequest), request.Id.ToString(), now,
            afterJson: JsonSerializer.Serialize(new { request.CustomerId, Kind = request.Kind.ToString(), request.Amount, request.CurrencyCode, request.CrmQuoteId })));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new("A credit controller decided this request just now; reload to see the decision.");
        }

        return new(null);
    }
}
