using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.Conversions.Checks;
using CrmErpPortal.Integration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CrmErpPortal.Features.Conversions;

public sealed record StuckConversionsRun(int NoOrderAfterWin, int OnCreditHold, int FoundInErp, int Resolved);

/// <summary>
/// Lists what is stuck beyond a failed check: quotes won longer ago than <see cref="ConversionCheckOptions.NoOrderAfterWin"/>
/// with no ERP order (asked of the ERP live, by the quote id in externalDocumentNumber, before an issue is raised, since
/// an invoiced order is gone from the ERP's orders), and open orders of customers the ERP holds (blocked), as
/// ConversionIssues: one per quote or order and cause, updated on every run, resolved when the cause is gone.
/// </summary>
public sealed class StuckConversionsJob(
    IDbContextFactory<PortalDbContext> contexts, IErpConnector erp, ConversionRecorder recorder, IOptions<ConversionCheckOptions> options, TimeProvider clock)
{
    private static readonly SalesOrderStatus[] Closed = [SalesOrderStatus.Invoiced, SalesOrderStatus.Cancelled, SalesOrderStatus.Shipped];

    public async Task<StuckConversionsRun> RunAsync(CancellationToken cancellationToken)
    {
        var (stuck, found) = await WonWithoutOrderAsync(cancellationToken);
        var (held, resolved) = await OnCreditHoldAsync(cancellationToken);
        return new StuckConversionsRun(stuck, held, found, resolved);
    }

    private async Task<(int Stuck, int Found)> WonWithoutOrderAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var before = now - options.Value.NoOrderAfterWin;
        List<Quote> candidates;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            candidates = await db.Quotes.AsNoTracking()
                .Where(q => q.State == QuoteState.Won && q.ErpOrderNumber == null && q.WonAt != null && q.WonAt < before)
                .Where(q => !db.QuoteConversions.Any(c => c.QuoteId == q.Id && c.Status != QuoteConversionStatus.Failed))
                .Where(q => !db.ConversionIssues.Any(i => i.QuoteId == q.Id && i.Status == ConversionIssueStatus.Open && i.Cause == ConversionCause.NoOrderAfterWin))
                .ToListAsync(cancellationToken);
            var customerIds = candidates.Select(q => q.CustomerId).Distinct().ToList();
            // Orders the mirror holds need no question to the ERP; invoiced ones (BC deletes the order) do.
            var mirrored = (await db.SalesOrders.AsNoTracking().Where(o => customerIds.Contains(o.CustomerId) && o.ExternalDocumentNumber != null)
                .Select(o => o.ExternalDocumentNumber!).ToListAsync(cancellationToken)).ToHashSet(StringComparer.OrdinalIgnoreCase);
            candidates.RemoveAll(q => mirrored.Contains(Key(q)));
        }

        int stuck = 0, found = 0;
        foreach (var quote in candidates)
        {
            var key = Key(quote);
            var document = await erp.FindOrderByExternalDocumentNumberAsync(key, cancellationToken)
                ?? await erp.FindInvoiceByExternalDocumentNumberAsync(key, cancellationToken);
            if (document is not null)
            {
                await recorder.RecordOrderAsync(quote.Id, document, null, null, foundExisting: true, Conversions.ConvertQuoteCommand.System, cancellationToken);
                found++;
                continue;
            }

            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var customer = await db.Customers.AsNoTracking().SingleAsync(c => c.Id == quote.CustomerId, cancellationToken);
            var days = (int)(now - quote.WonAt!.Value).TotalDays;
            db.ConversionIssues.Add(new ConversionIssue
            {
                CustomerId = quote.CustomerId, QuoteId = quote.Id, Cause = ConversionCause.NoOrderAfterWin, Amount = quote.TotalAmount,
                CurrencyCode = quote.CurrencyCode, OwnerName = customer.OwnerName, CreatedAt = now,
                Detail = $"Quote {quote.QuoteNumber} was won {days} day(s) ago and the ERP has no order for it; convert it, or find out why it was not.",
            });
            await db.SaveChangesAsync(cancellationToken);
            stuck++;
        }

        return (stuck, found);
    }

    private static string Key(Quote quote) => Guid.TryParse(quote.CrmQuoteId, out var id) ? id.ToString("N") : quote.CrmQuoteId;

    private async Task<(int Held, int Resolved)> OnCreditHoldAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        // Business Central's API has no credit-hold flag on orders: an open order of a blocked customer is held (it
        // cannot ship or be invoiced), as is one the mirror marked OnCreditHold.
        var held = await db.SalesOrders.AsNoTracking()
            .Where(o => !Closed.Contains(o.Status))
            .Where(o => o.Status == SalesOrderStatus.OnCreditHold || db.CreditProfiles.Any(p => p.CustomerId == o.CustomerId && p.Blocked != CreditBlocked.None))
            .Select(o => new { o.Id, o.CustomerId, o.OrderNumber, o.TotalAmount, o.CurrencyCode })
            .ToListAsync(cancellationToken);
        var open = await db.ConversionIssues.Where(i => i.Cause == ConversionCause.OrderOnCreditHold && i.Status == ConversionIssueStatus.Open)
            .ToListAsync(cancellationToken);
        var owners = await db.Customers.AsNoTracking().Where(c => held.Select(h => h.CustomerId).Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => c.OwnerName, cancellationToken);
        foreach (var order in held.Where(h => open.All(i => i.SalesOrderId != h.Id)))
        {
            db.ConversionIssues.Add(new ConversionIssue
            {
                CustomerId = order.CustomerId, SalesOrderId = order.Id, Cause = ConversionCause.OrderOnCreditHold, Amount = order.TotalAmount,
                CurrencyCode = order.CurrencyCode, OwnerName = owners.GetValueOrDefault(order.CustomerId), CreatedAt = now,
                Detail = $"ERP order {order.OrderNumber} is on credit hold: the customer is blocked in the ERP, so it cannot ship or be invoiced.",
            });
        }

        var stillHeld = held.Select(h => h.Id).ToHashSet();
        var resolved = 0;
        foreach (var issue in open.Where(i => i.SalesOrderId is not { } id || !stillHeld.Contains(id)))
        {
            issue.Status = ConversionIssueStatus.Resolved;
            issue.ResolvedAt = now;
            resolved++;
        }

        await db.SaveChangesAsync(cancellationToken);
        return (held.Count(h => open.All(i => i.SalesOrderId != h.Id)), resolved);
    }
}
