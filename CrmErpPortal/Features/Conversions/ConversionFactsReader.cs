using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.Conversions.Checks;
using CrmErpPortal.Integration;

namespace CrmErpPortal.Features.Conversions;

/// <summary>
/// Reads the facts the checks need, live: the quote and its lines from the CRM (the mirror keeps no lines and may lag),
/// the customer's credit position, open orders and the quoted items from the ERP.
/// </summary>
public sealed class ConversionFactsReader(ICrmConnector crm, IErpConnector erp, TimeProvider clock)
{
    /// <summary>The facts, or null when the CRM no longer has the quote.</summary>
    /// <param name="accepted">Price decisions made in the queue for this quote (the latest per line).</param>
    public async Task<ConversionFacts?> ReadAsync(
        Customer customer, Guid crmQuoteId, Guid? erpCustomerId, CreditOverrideFacts? approved, CancellationToken cancellationToken, IReadOnlyList<AcceptedPrice>? accepted = null)
    {
        var detail = await crm.GetQuoteAsync(crmQuoteId, cancellationToken);
        if (detail is null)
        {
            return null;
        }

        var quote = new QuoteFacts(
            detail.Quote.QuoteNumber ?? crmQuoteId.ToString(),
            detail.Quote.CurrencyCode ?? "NZD",
            detail.Quote.TotalAmount ?? detail.Lines.Sum(l => l.Amount),
            detail.Quote.ValidUntil,
            [.. detail.Lines.Select(l => new QuoteLineFacts(l.LineNumber, l.ProductNumber, l.Quantity, l.UnitPrice, Id: l.Id))]);

        ErpCreditFacts? credit = null;
        string? erpTaxNumber = null;
        if (erpCustomerId is { } id && await erp.GetCreditPositionAsync(id, cancellationToken) is { } position)
        {
            var c = position.Customer;
            var orders = await erp.ReadCustomerSalesOrdersAsync(id, cancellationToken);
            var quoteKey = crmQuoteId.ToString("N");
            // Business Central deletes an order once it is fully invoiced, so every order still there is not yet
            // invoiced; orders in another currency cannot be added without a rate (BC's own check leaves them out too).
            var open = orders.Where(o => o.CurrencyCode == c.CurrencyCode && !string.Equals(o.ExternalDocumentNumber, quoteKey, StringComparison.OrdinalIgnoreCase))
                .Sum(o => o.TotalAmountIncludingTax);
            credit = new ErpCreditFacts(c.CurrencyCode, c.CreditLimit, c.Balance, open, ParseBlocked(c.Blocked));
            erpTaxNumber = c.TaxRegistrationNumber;
        }

        var numbers = quote.Lines.Select(l => l.ProductNumber).OfType<string>().Where(n => n.Length > 0).ToList();
        var items = numbers.Count == 0 ? [] : await erp.ReadItemsAsync(numbers, cancellationToken);
        quote = AcceptedPrices.Apply(quote, items, accepted ?? []);
        var customerFacts = new CustomerFacts(customer.CountryCode, customer.BusinessNumber, erpTaxNumber, customer.ShippingAddress ?? customer.BillingAddress);
        return new ConversionFacts(quote, customerFacts, credit, items, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), approved);
    }

    public static CreditBlocked ParseBlocked(string blocked) =>
        blocked switch { "Ship" => CreditBlocked.Ship, "Invoice" => CreditBlocked.Invoice, "All" => CreditBlocked.All, _ => CreditBlocked.None };
}
