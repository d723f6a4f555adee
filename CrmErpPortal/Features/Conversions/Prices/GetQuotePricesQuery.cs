using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.Conversions.Checks;
using CrmErpPortal.Integration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CrmErpPortal.Features.Conversions.Prices;

/// <param name="ErpUnitPrice">Null when the ERP does not sell the item (or blocks it): no price can be accepted for it.</param>
/// <param name="Accepted">The side accepted for this line, while that decision still holds (both prices unchanged).</param>
public sealed record QuotePriceLine(
    int LineNumber, string? ProductNumber, decimal Quantity, decimal CrmUnitPrice, decimal? ErpUnitPrice, bool Differs, PriceSide? Accepted, string? AcceptedByName);

public sealed record QuotePrices(Guid QuoteId, string QuoteNumber, string CurrencyCode, IReadOnlyList<QuotePriceLine> Lines)
{
    public bool AnyOpen => Lines.Any(l => l.Differs && l.Accepted is null);
}

/// <summary>
/// A stuck quote's lines beside the ERP's prices, read live from both systems (the mirror keeps no lines and may lag),
/// with the price decisions that still hold. Throws the connectors' exceptions when a system does not answer.
/// </summary>
public sealed class GetQuotePricesQuery(IDbContextFactory<PortalDbContext> contexts, ICrmConnector crm, IErpConnector erp, IOptions<ConversionCheckOptions> options)
{
    public async Task<QuotePrices?> ExecuteAsync(Guid quoteId, CancellationToken cancellationToken)
    {
        Quote? quote;
        List<QuotePriceAcceptance> decisions;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            quote = await db.Quotes.AsNoTracking().SingleOrDefaultAsync(q => q.Id == quoteId, cancellationToken);
            decisions = await db.QuotePriceAcceptances.AsNoTracking().Where(a => a.QuoteId == quoteId).ToListAsync(cancellationToken);
        }

        if (quote is null || !Guid.TryParse(quote.CrmQuoteId, out var crmQuoteId) || await crm.GetQuoteAsync(crmQuoteId, cancellationToken) is not { } detail)
        {
            return null;
        }

        var numbers = detail.Lines.Select(l => l.ProductNumber).OfType<string>().Where(n => n.Length > 0).Distinct().ToList();
        var items = numbers.Count == 0 ? [] : await erp.ReadItemsAsync(numbers, cancellationToken);
        var sold = items.Where(i => !i.Blocked).GroupBy(i => i.Number, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First().UnitPrice, StringComparer.OrdinalIgnoreCase);
        var lines = detail.Lines.Select(line =>
        {
            decimal? erpPrice = line.ProductNumber is { } n && sold.TryGetValue(n, out var p) ? p : null;
            var latest = decisions.Where(d => d.LineNumber == line.LineNumber).OrderBy(d => d.AcceptedAt).ThenBy(d => d.Id).LastOrDefault();
            var holds = latest is not null && erpPrice == latest.ErpUnitPrice
                && (line.UnitPrice == latest.CrmUnitPrice || (latest.AcceptedSide == PriceSide.Erp && line.UnitPrice == latest.ErpUnitPrice));
            var differs = erpPrice is { } erpUnit && (ConversionChecks.PriceDiffers(line.UnitPrice, erpUnit, options.Value) || (holds && latest!.AcceptedSide == PriceSide.Erp));
            return new QuotePriceLine(line.LineNumber, line.ProductNumber, line.Quantity, line.UnitPrice, erpPrice, differs,
                holds ? latest!.AcceptedSide : null, holds ? latest!.AcceptedByName : null);
        }).ToList();
        return new QuotePrices(quote.Id, detail.Quote.QuoteNumber ?? quote.QuoteNumber, detail.Quote.CurrencyCode ?? quote.CurrencyCode, lines);
    }
}
