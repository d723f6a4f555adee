using System.Security.Claims;
using System.Text.Json;
using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.Conversions.Checks;
using CrmErpPortal.Integration;
using CrmErpPortal.Security;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.Conversions;

/// <summary>The hub's side of a conversion attempt: the quote's conversion row, its issues and the audit event, in one save.</summary>
public sealed class ConversionRecorder(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock)
{
    public async Task RecordFailedAsync(Guid quoteId, ConversionFacts facts, ConversionCheckResult result, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var quote = await db.Quotes.SingleAsync(q => q.Id == quoteId, cancellationToken);
        var customer = await db.Customers.AsNoTracking().SingleAsync(c => c.Id == quote.CustomerId, cancellationToken);
        quote.TotalAmount = facts.Quote.Amount;
        var row = await RowAsync(db, quote, facts.Quote.CurrencyCode, user, now, cancellationToken);
        row.Status = QuoteConversionStatus.Failed;
        row.Exposure = result.Exposure;
        row.Summary = Summary(result);
        await ConversionIssueWriter.ApplyAsync(db, quote, customer, facts.Quote.CurrencyCode, result.Failures, now, cancellationToken);
        db.AuditEvents.Add(AuditEvents.By(user, "ConversionFailed", nameof(Quote), quote.Id.ToString(), now,
            afterJson: JsonSerializer.Serialize(new { Causes = result.Failures.Select(f => f.Cause.ToString()), result.Exposure })));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The ERP order exists (made now, or found from an earlier attempt): record it and resolve the quote's issues.</summary>
    public async Task RecordOrderAsync(
        Guid quoteId, ErpOrderRef order, ConversionCheckResult? result, Guid? overrideId, bool foundExisting, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var quote = await db.Quotes.SingleAsync(q => q.Id == quoteId, cancellationToken);
        var row = await RowAsync(db, quote, quote.CurrencyCode, user, now, cancellationToken);
        if (row.Status != QuoteConversionStatus.Converted)
        {
            row.Status = QuoteConversionStatus.OrderCreated;
        }

        row.ErpOrderId = order.Id.ToString();
        row.ErpOrderNumber = order.Number;
        row.ConvertedAt ??= now;
        row.Exposure = result?.Exposure ?? row.Exposure;
        row.Summary = result is null ? null : Summary(result);
        quote.ErpOrderNumber = order.Number;
        // The override this order used: named by this attempt, or reserved by an attempt whose answer was lost (timeout after commit).
        var used = await db.CreditRequests
            .Where(r => r.Id == overrideId || (r.CrmQuoteId == quote.CrmQuoteId && r.Status == CreditRequestStatus.Used && r.UsedForOrderNumber == null))
            .ToListAsync(cancellationToken);
        foreach (var request in used)
        {
            request.UsedForOrderNumber = order.Number;
        }

        await ConversionIssueWriter.ResolveAllAsync(db, quote.Id, now, cancellationToken);
        if (!foundExisting)
        {
            db.AuditEvents.Add(AuditEvents.By(user, "QuoteConverted", nameof(Quote), quote.Id.ToString(), now,
                afterJson: JsonSerializer.Serialize(new { ErpOrderNumber = order.Number, OverrideId = overrideId, result?.Exposure })));
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task RecordLinkedAsync(Guid quoteId, Guid crmOrderId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.QuoteConversions.SingleAsync(r => r.QuoteId == quoteId, cancellationToken);
        row.CrmOrderId = crmOrderId.ToString();
        row.Status = QuoteConversionStatus.Converted;
        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task<QuoteConversion> RowAsync(PortalDbContext db, Quote quote, string currency, ClaimsPrincipal user, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var row = await db.QuoteConversions.SingleOrDefaultAsync(r => r.QuoteId == quote.Id, cancellationToken);
        if (row is null)
        {
            row = new QuoteConversion { QuoteId = quote.Id, CrmQuoteId = quote.CrmQuoteId, CurrencyCode = currency, FirstAttemptAt = now };
            db.QuoteConversions.Add(row);
        }

        row.CustomerId = quote.CustomerId;
        row.Amount = quote.TotalAmount;
        row.CurrencyCode = currency;
        row.Attempts++;
        row.LastAttemptAt = now;
        row.LastRequestedBy = user.UserId();
        return row;
    }

    private static string Summary(ConversionCheckResult result)
    {
        var text = string.Join('\n', result.Failures.Select(f => f.Message).Concat(result.Warnings).Concat(result.Shortfalls.Select(s => "Stock: " + s.Message)));
        return text.Length > 4000 ? text[..3999] + "…" : text;
    }
}
