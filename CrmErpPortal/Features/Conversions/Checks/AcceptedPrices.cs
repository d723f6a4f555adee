using CrmErpPortal.Data.Entities;
using CrmErpPortal.Integration;

namespace CrmErpPortal.Features.Conversions.Checks;

/// <summary>One line's price settled in the queue: which side stands, at exactly which CRM and ERP prices.</summary>
public sealed record AcceptedPrice(int LineNumber, string ProductNumber, PriceSide Side, decimal CrmUnitPrice, decimal ErpUnitPrice);

/// <summary>
/// Applies price decisions to a quote before it is checked (pure). A decision holds only while both prices are still
/// the ones decided on: a CRM or ERP price that has moved since needs a new decision.
/// <list type="bullet">
/// <item>CRM price accepted: the line passes the price check, and the order carries the CRM price.</item>
/// <item>ERP price accepted and the CRM line not yet updated by its push: the order carries the ERP price, and the
/// order amount (what the credit check adds) moves by the difference. Once the push has landed the CRM line holds the
/// ERP price and passes on its own.</item>
/// </list>
/// </summary>
public static class AcceptedPrices
{
    public static QuoteFacts Apply(QuoteFacts quote, IReadOnlyList<ErpItem> items, IReadOnlyList<AcceptedPrice> accepted)
    {
        if (accepted.Count == 0)
        {
            return quote;
        }

        var prices = items.GroupBy(i => i.Number, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First().UnitPrice, StringComparer.OrdinalIgnoreCase);
        var amount = quote.Amount;
        var lines = new List<QuoteLineFacts>(quote.Lines.Count);
        foreach (var line in quote.Lines)
        {
            var decision = accepted.LastOrDefault(a => a.LineNumber == line.LineNumber && string.Equals(a.ProductNumber, line.ProductNumber, StringComparison.OrdinalIgnoreCase));
            if (decision is null || line.ProductNumber is null || !prices.TryGetValue(line.ProductNumber, out var erpPrice)
                || erpPrice != decision.ErpUnitPrice || line.UnitPrice != decision.CrmUnitPrice)
            {
                lines.Add(line);
            }
            else if (decision.Side == PriceSide.Crm)
            {
                lines.Add(line with { CrmPriceAccepted = true });
            }
            else
            {
                amount += (decision.ErpUnitPrice - line.UnitPrice) * line.Quantity;
                lines.Add(line with { UnitPrice = decision.ErpUnitPrice });
            }
        }

        return quote with { Amount = amount, Lines = lines };
    }
}
