using System.Globalization;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.DataQuality.Addresses;
using CrmErpPortal.DataQuality.Findings;
using CrmErpPortal.Integration;

namespace CrmErpPortal.Features.Conversions.Checks;

/// <summary>
/// The checks a quote must pass before it becomes an ERP order (issue 7): pure — facts in, failures and warnings out.
/// Every failure is one cause with one plain sentence; the caller turns each into a ConversionIssue.
/// </summary>
public static class ConversionChecks
{
    public static ConversionCheckResult Run(ConversionFacts facts, ConversionCheckOptions options)
    {
        var failures = new List<FailedCheck>();
        var warnings = new List<string>();
        var quote = facts.Quote;

        if (quote.ValidUntil is { } validUntil && validUntil < facts.Today)
        {
            failures.Add(new FailedCheck(ConversionCause.QuoteExpired,
                $"Quote {quote.QuoteNumber} expired on {validUntil.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}; revise it (or extend its validity) and send it again.", quote.Amount));
        }

        failures.AddRange(CustomerChecks(facts.Customer));

        decimal? exposure = null;
        var overrideUsed = false;
        if (facts.Erp is not { } erp)
        {
            failures.Add(new FailedCheck(ConversionCause.NoErpCustomer,
                "This customer has no ERP customer: link it to the right one, or request a new ERP customer, then retry.", quote.Amount));
        }
        else
        {
            if (erp.Blocked is CreditBlocked.All or CreditBlocked.Invoice)
            {
                failures.Add(new FailedCheck(ConversionCause.CustomerBlocked,
                    $"The ERP customer is blocked ({erp.Blocked}): the ERP takes no orders for it until finance lifts the block.", quote.Amount));
            }
            else if (erp.Blocked == CreditBlocked.Ship)
            {
                warnings.Add("The ERP customer is blocked for shipping: the order can be taken, but nothing ships until finance lifts the block.");
            }

            if (!string.Equals(erp.CurrencyCode, quote.CurrencyCode, StringComparison.OrdinalIgnoreCase))
            {
                failures.Add(new FailedCheck(ConversionCause.CurrencyMismatch,
                    $"The quote is in {quote.CurrencyCode} but the ERP customer trades in {erp.CurrencyCode}; requote in {erp.CurrencyCode}.", quote.Amount));
            }
            else
            {
                exposure = erp.Balance + erp.OpenOrdersNotInvoiced + quote.Amount;
                if (erp.HasLimit && exposure > erp.CreditLimit)
                {
                    if (facts.Override is { } approved && approved.Amount == quote.Amount
                        && string.Equals(approved.CurrencyCode, quote.CurrencyCode, StringComparison.OrdinalIgnoreCase))
                    {
                        overrideUsed = true;
                    }
                    else
                    {
                        failures.Add(CreditFailure(erp, quote, exposure.Value));
                    }
                }
            }
        }

        failures.AddRange(PriceChecks(quote, facts.Items, options));
        return new ConversionCheckResult(failures, Shortfalls(quote, facts.Items), warnings, exposure, overrideUsed);
    }

    /// <summary>
    /// This order counts at the CRM quote's total, which carries no tax: the ERP works tax out only when the order exists
    /// (tax area, item tax groups, exemptions), so any figure before that would be the portal's guess, not the ERP's.
    /// Balance and open orders are ERP documents and include tax. The message says "before tax" so nobody reads it as more.
    /// </summary>
    private static FailedCheck CreditFailure(ErpCreditFacts erp, QuoteFacts quote, decimal exposure)
    {
        var over = exposure - erp.CreditLimit;
        return new FailedCheck(ConversionCause.CreditLimitExceeded,
            $"Over the credit limit by {Format(over, erp.CurrencyCode)}: balance {Format(erp.Balance, erp.CurrencyCode)} + open orders " +
            $"{Format(erp.OpenOrdersNotInvoiced, erp.CurrencyCode)} + this order {Format(quote.Amount, erp.CurrencyCode)} before tax = " +
            $"{Format(exposure, erp.CurrencyCode)}, limit {Format(erp.CreditLimit, erp.CurrencyCode)}. Ask credit for an override or a new limit.",
            quote.Amount);
    }

    private static IEnumerable<FailedCheck> CustomerChecks(CustomerFacts customer)
    {
        if (customer.DeliveryAddress is not { } address || string.IsNullOrWhiteSpace(address.Line1))
        {
            yield return new FailedCheck(ConversionCause.MissingAddress, "The customer has no delivery address; add one before the order is made.");
        }
        else
        {
            var errors = AddressRules.Check("DeliveryAddress", new AddressInput(address.Line1, address.Line2, address.Locality ?? address.City, address.Region, address.Postcode, address.CountryCode))
                .Where(f => f.Severity == FindingSeverity.Error).Select(f => f.Message).ToList();
            if (errors.Count > 0)
            {
                yield return new FailedCheck(ConversionCause.MissingAddress, $"The delivery address cannot be used: {string.Join("; ", errors)}.");
            }
        }

        var number = string.IsNullOrWhiteSpace(customer.BusinessNumber) ? customer.ErpTaxNumber : customer.BusinessNumber;
        if (string.IsNullOrWhiteSpace(number))
        {
            yield return new FailedCheck(ConversionCause.InvalidTaxNumber,
                $"The customer has no {(customer.CountryCode == "AU" ? "ABN" : "NZBN or GST number")}; add it before the order is made.");
        }
        else if (FieldRules.CheckBusinessNumber(number, customer.CountryCode) is { IsValid: false } check)
        {
            yield return new FailedCheck(ConversionCause.InvalidTaxNumber, $"The customer's tax number is not valid: {check.Message}.");
        }
    }

    private static IEnumerable<FailedCheck> PriceChecks(QuoteFacts quote, IReadOnlyList<ErpItem> items, ConversionCheckOptions options)
    {
        var byNumber = ByNumber(items);
        var problems = new List<string>();
        var atStake = 0m;
        foreach (var line in quote.Lines)
        {
            if (line.ProductNumber is not { Length: > 0 } number || !byNumber.TryGetValue(number, out var item))
            {
                problems.Add($"line {line.LineNumber} ({line.ProductNumber ?? "no product"}) is not an item the ERP sells");
                continue;
            }

            if (item.Blocked)
            {
                problems.Add($"line {line.LineNumber} ({number}) is blocked for sale in the ERP");
                continue;
            }

            if (!line.CrmPriceAccepted && PriceDiffers(line.UnitPrice, item.UnitPrice, options))
            {
                problems.Add($"line {line.LineNumber} ({number}) is quoted at {Format(line.UnitPrice, quote.CurrencyCode)}, the ERP price is {Format(item.UnitPrice, quote.CurrencyCode)}");
                atStake += (item.UnitPrice - line.UnitPrice) * line.Quantity;
            }
        }

        if (problems.Count > 0)
        {
            yield return new FailedCheck(ConversionCause.PriceMismatch,
                $"Prices differ from the ERP's: {string.Join("; ", problems)}. Accept the ERP price or the CRM price, then retry.", atStake);
        }
    }

    /// <summary>A quoted unit price further from the ERP's than the tolerance (a share or an amount, whichever is larger).</summary>
    public static bool PriceDiffers(decimal quoted, decimal erpPrice, ConversionCheckOptions options)
    {
        var tolerance = Math.Max(options.PriceToleranceAmount, Math.Round(erpPrice * options.PriceTolerancePercent, 2));
        return Math.Abs(quoted - erpPrice) > tolerance;
    }

    private static List<StockShortfall> Shortfalls(QuoteFacts quote, IReadOnlyList<ErpItem> items)
    {
        var byNumber = ByNumber(items);
        // Two lines of one item draw on the same stock: the shortfall is counted against the running total.
        var ordered = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase);
        var shortfalls = new List<StockShortfall>();
        foreach (var line in quote.Lines)
        {
            if (line.ProductNumber is not { } number || !byNumber.TryGetValue(number, out var item) || item.Inventory is not { } onHand)
            {
                continue;
            }

            var before = ordered.GetValueOrDefault(number);
            ordered[number] = before + line.Quantity;
            var available = Math.Max(0, onHand - before);
            if (line.Quantity > available)
            {
                shortfalls.Add(new StockShortfall(line.LineNumber, number, line.Quantity, available, line.Quantity - available));
            }
        }

        return shortfalls;
    }

    private static Dictionary<string, ErpItem> ByNumber(IReadOnlyList<ErpItem> items) =>
        items.GroupBy(i => i.Number, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);

    public static string Format(decimal amount, string currencyCode) =>
        $"{currencyCode} {amount.ToString("N2", CultureInfo.InvariantCulture)}";
}
