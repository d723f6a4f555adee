using CrmErpPortal.Data;
using CrmErpPortal.Features.Conversions.Checks;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.Conversions.Prices;

/// <summary>The price decisions a conversion applies: for each line of the quote, the latest one.</summary>
public sealed class QuotePriceDecisions(IDbContextFactory<PortalDbContext> contexts)
{
    public async Task<IReadOnlyList<AcceptedPrice>> LatestAsync(Guid quoteId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.QuotePriceAcceptances.AsNoTracking().Where(a => a.QuoteId == quoteId).ToListAsync(cancellationToken);
        return [.. rows.GroupBy(a => a.LineNumber)
            .Select(g => g.OrderBy(a => a.AcceptedAt).ThenBy(a => a.Id).Last())
            .Select(a => new AcceptedPrice(a.LineNumber, a.ProductNumber, a.AcceptedSide, a.CrmUnitPrice, a.ErpUnitPrice))];
    }
}
