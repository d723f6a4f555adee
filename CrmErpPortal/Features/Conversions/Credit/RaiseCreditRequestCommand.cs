using System.Security.Claims;
using System.Text.Json;
using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Security;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.Conversions.Credit;

/// <param name="QuoteId">The hub quote an override is for; none for a new limit.</param>
/// <param name="NewLimit">The limit asked for (a new-limit request only; an override's amount is the quote's).</param>
public sealed record RaiseCreditRequestInput(Guid CustomerId, CreditRequestKind Kind, string Reason, Guid? QuoteId = null, decimal? NewLimit = null);

public sealed record RaiseCreditRequestResult(Guid? CreditRequestId, string? Error)
{
    public bool Saved => CreditRequestId is not null;
}

/// <summary>
/// A rep (or a steward from the queue) asks credit control for a one-off override of this order or for a new limit.
/// An override is pinned to the quote's CRM id, amount and currency as the last check saw them, so it cannot be
/// stretched to a copy of the quote, a bigger version of it, or another order.
/// </summary>
public sealed class RaiseCreditRequestCommand(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock)
{
    public const int ReasonMaxLength = 1000;

    public async Task<RaiseCreditRequestResult> ExecuteAsync(RaiseCreditRequestInput input, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!ConvertQuoteCommand.MayConvert(user))
        {
            return new(null, "Only sales reps, data stewards and credit controllers can ask credit control.");
        }

        var reason = input.Reason.Trim();
        if (reason.Length is 0 or > ReasonMaxLength)
        {
            return new(null, reason.Length == 0 ? "Say why, so credit control can decide (e.g. \"long-standing customer, payment promised Friday\")." : $"At most {ReasonMaxLength} characters.");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var erpCustomerId = await db.SourceLinks.AsNoTracking()
            .Where(l => l.CustomerId == input.CustomerId && l.System == SourceSystem.Erp && !l.IsDeletedAtSource && l.MergedFromCustomerId == null)
            .Select(l => l.ExternalId).FirstOrDefaultAsync(cancellationToken);
        if (erpCustomerId is null)
        {
            return new(null, "This customer has no ERP customer, so there is no credit to decide on; link or create the ERP customer first.");
        }

        var request = new CreditRequest
        {
            CustomerId = input.CustomerId, Kind = input.Kind, Reason = reason, CurrencyCode = "NZD", Status = CreditRequestStatus.Pending,
            RequestedBy = user.UserId(), RequestedByName = user.DisplayName(), RequestedAt = clock.GetUtcNow(),
        };
        if (input.Kind == CreditRequestKind.Override)
        {
            var quote = await db.Quotes.AsNoTracking().SingleOrDefaultAsync(q => q.Id == input.QuoteId && q.CustomerId == input.CustomerId, cancellationToken);
            if (quote is null)
            {
                return new(null, "Choose the customer's quote the override is for.");
            }

            var attempt = await db.QuoteConversions.AsNoTracking().SingleOrDefaultAsync(c => c.QuoteId == quote.Id, cancellationToken);
            request.QuoteId = quote.Id;
            request.CrmQuoteId = quote.CrmQuoteId;
            request.Amount = attempt?.Amount ?? quote.TotalAmount;
            request.CurrencyCode = attempt?.CurrencyCode ?? quote.CurrencyCode;
        }
        else
        {
            if (input.NewLimit is not { } limit || limit < 0)
            {
                return new(null, "Give the new credit limit, an amount of zero or more.");
            }

            var profile = await db.CreditProfiles.AsNoTracking().SingleOrDefaultAsync(p => p.ErpCustomerId == erpCustomerId, cancellationToken);
            request.Amount = decimal.Round(limit, 2);
            request.CurrencyCode = profile?.CurrencyCode ?? "NZD";
        }

        var pending = await db.CreditRequests.AsNoTracking()
            .Where(r => r.CustomerId == request.CustomerId && r.Kind == request.Kind && r.Status == CreditRequestStatus.Pending && r.CrmQuoteId == request.CrmQuoteId)
            .Select(r => (Guid?)r.Id).FirstOrDefaultAsync(cancellationToken);
        if (pending is { } waiting)
        {
            return new(waiting, null);
        }

        db.CreditRequests.Add(request);
        db.AuditEvents.Add(AuditEvents.By(user, "CreditRequestRaised", nameof(CreditRequest), request.Id.ToString(), request.RequestedAt,
            afterJson: JsonSerializer.Serialize(new { request.CustomerId, Kind = request.Kind.ToString(), request.QuoteId, request.Amount, request.CurrencyCode })));
        await db.SaveChangesAsync(cancellationToken);
        return new(request.Id, null);
    }
}
