using CrmErpPortal.Data.Entities;
using CrmErpPortal.Integration;

namespace CrmErpPortal.Features.Conversions.Checks;

/// <summary>Everything the checks look at, read just before they run: the quote live from the CRM, the ERP figures live.</summary>
/// <param name="Erp">Null when the customer has no ERP customer (or the ERP no longer has it).</param>
/// <param name="Items">The ERP items named on the quote's lines, with list price and stock on hand.</param>
/// <param name="Override">An approved, unused, unexpired credit override for exactly this quote, if any.</param>
public sealed record ConversionFacts(
    QuoteFacts Quote,
    CustomerFacts Customer,
    ErpCreditFacts? Erp,
    IReadOnlyList<ErpItem> Items,
    DateOnly Today,
    CreditOverrideFacts? Override = null);

public sealed record QuoteFacts(string QuoteNumber, string CurrencyCode, decimal Amount, DateOnly? ValidUntil, IReadOnlyList<QuoteLineFacts> Lines);

/// <param name="CrmPriceAccepted">Someone working the queue accepted this line's CRM price against exactly today's ERP price.</param>
/// <param name="Id">The CRM quote line (Dataverse quotedetail) id, when known.</param>
public sealed record QuoteLineFacts(int LineNumber, string? ProductNumber, decimal Quantity, decimal UnitPrice, bool CrmPriceAccepted = false, Guid? Id = null);

/// <param name="ErpTaxNumber">The ERP's tax registration number, used when the golden record holds none.</param>
public sealed record CustomerFacts(string CountryCode, string? BusinessNumber, string? ErpTaxNumber, PostalAddress? DeliveryAddress);

/// <summary>The ERP customer's credit position right now; open orders are those not yet invoiced, in the customer's currency.</summary>
public sealed record ErpCreditFacts(string CurrencyCode, decimal CreditLimit, decimal Balance, decimal OpenOrdersNotInvoiced, CreditBlocked Blocked)
{
    /// <summary>Business Central: a limit of 0 means no limit is checked.</summary>
    public bool HasLimit => CreditLimit > 0;
}

/// <summary>What a credit controller approved: this quote, this amount, this currency.</summary>
public sealed record CreditOverrideFacts(decimal Amount, string CurrencyCode);
