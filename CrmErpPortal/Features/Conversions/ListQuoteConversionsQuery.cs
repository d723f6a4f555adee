using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.Conversions;

/// <param name="CustomerId">One customer's quotes (the 360 page), or null.</param>
/// <param name="RequestedBy">Conversions a user last ran ("my conversions"), or null.</param>
public sealed record QuoteConversionFilter(Guid? CustomerId = null, string? RequestedBy = null, int Take = 50);

public sealed record QuoteConversionRow(
    Guid QuoteId, string QuoteNumber, Guid CustomerId, QuoteConversionStatus Status, decimal Amount, string CurrencyCode, string? ErpOrderNumber,
    string? Summary, decimal? Exposure, int Attempts, DateTimeOffset LastAttemptAt, IReadOnlyList<ConversionCause> OpenCauses, string? CustomerName = null);

/// <summary>Where quotes stand on their way to an order: for the 360 page and a rep's "my conversions", newest first.</summary>
public sealed class ListQuoteConversionsQuery(IDbContextFactory<PortalDbContext> contexts)
{
    public async Task<IReadOnlyList<QuoteConversionRow>> ExecuteAsync(QuoteConversionFilter filter, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = db.QuoteConversions.AsNoTracking();
        if (filter.CustomerId is { } customerId)
        {
            rows = rows.Where(c => db.Quotes.Any(q => q.Id == c.QuoteId && q.CustomerId == customerId));
        }

        if (filter.RequestedBy is { } user)
        {
            rows = rows.Where(c => c.LastRequestedBy == user);
        }

        var list = await rows.OrderByDescending(c => c.LastAttemptAt).Take(filter.Take)
            .Join(db.Quotes, c => c.QuoteId, q => q.Id, (c, q) => new { Conversion = c, q.QuoteNumber, q.CustomerId })
            .ToListAsync(cancellationToken);
        var quoteIds = list.Select(r => (Guid?)r.Conversion.QuoteId).ToList();
        var causes = (await db.ConversionIssues.AsNoTracking().Where(i => i.Status == ConversionIssueStatus.Open && quoteIds.Contains(i.QuoteId))
                .Select(i => new { i.QuoteId, i.Cause }).ToListAsync(cancellationToken))
            .ToLookup(i => i.QuoteId!.Value, i => i.Cause);
        var customerIds = list.Select(r => r.CustomerId).Distinct().ToList();
        var names = await db.Customers.AsNoTracking().Where(c => customerIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.DisplayName, cancellationToken);
        return [.. list.Select(r => new QuoteConversionRow(r.Conversion.QuoteId, r.QuoteNumber, r.CustomerId, r.Conversion.Status, r.Conversion.Amount,
            r.Conversion.CurrencyCode, r.Conversion.ErpOrderNumber, r.Conversion.Summary, r.Conversion.Exposure, r.Conversion.Attempts,
            r.Conversion.LastAttemptAt, [.. causes[r.Conversion.QuoteId]], names.GetValueOrDefault(r.CustomerId)))];
    }
}
