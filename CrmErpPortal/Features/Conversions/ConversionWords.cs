using CrmErpPortal.Data.Entities;

namespace CrmErpPortal.Features.Conversions;

/// <summary>What the fix is for a cause, in the queue: done here, done on another page, or not offered by the portal yet.</summary>
public enum ConversionFix
{
    RetryOnly,
    AskForCredit,
    OpenCustomer,
    LinkErpCustomer,
    SettlePrices,
    FixInCrm,
}

/// <summary>Causes and states in the words a sales rep or steward uses, and the fix the portal offers for each.</summary>
public static class ConversionWords
{
    public static readonly TimeSpan UiDeadline = TimeSpan.FromSeconds(15);

    public static string Cause(ConversionCause cause) => cause switch
    {
        ConversionCause.NoErpCustomer => "Not linked to an ERP customer",
        ConversionCause.CustomerBlocked => "ERP customer is blocked",
        ConversionCause.CreditLimitExceeded => "Over the credit limit",
        ConversionCause.PriceMismatch => "Quote prices differ from the ERP's",
        ConversionCause.CurrencyMismatch => "Quote currency differs from the ERP's",
        ConversionCause.MissingAddress => "Delivery address missing or invalid",
        ConversionCause.InvalidTaxNumber => "Tax number missing or invalid",
        ConversionCause.QuoteExpired => "Quote has expired",
        ConversionCause.NoOrderAfterWin => "Won, but no ERP order yet",
        ConversionCause.OrderOnCreditHold => "ERP order on credit hold",
        _ => cause.ToString(),
    };

    public static ConversionFix Fix(ConversionCause cause) => cause switch
    {
        ConversionCause.CreditLimitExceeded or ConversionCause.OrderOnCreditHold => ConversionFix.AskForCredit,
        ConversionCause.NoErpCustomer => ConversionFix.LinkErpCustomer,
        ConversionCause.CustomerBlocked or ConversionCause.MissingAddress or ConversionCause.InvalidTaxNumber => ConversionFix.OpenCustomer,
        ConversionCause.PriceMismatch => ConversionFix.SettlePrices,
        ConversionCause.CurrencyMismatch or ConversionCause.QuoteExpired => ConversionFix.FixInCrm,
        _ => ConversionFix.RetryOnly,
    };

    /// <summary>The next step, said honestly where the portal has no in-place fix yet.</summary>
    public static string FixText(ConversionCause cause) => cause switch
    {
        ConversionCause.NoErpCustomer => "Request a link to the existing ERP customer, or a new ERP customer (an approver decides; the push is looked up by number first, so a retry never makes two), then Retry.",
        ConversionCause.CustomerBlocked => "A credit controller unblocks the customer: request the change to \"blocked\" on the customer page, then Retry.",
        ConversionCause.CreditLimitExceeded => "Ask credit control for a one-off override or a new limit; after approval, Retry.",
        ConversionCause.PriceMismatch => "Settle the prices: accept the ERP price (the CRM quote line is updated) or the CRM price (the order carries it), per line or for all, then Retry.",
        ConversionCause.CurrencyMismatch => "Not fixable from here yet: re-issue the quote in the ERP customer's currency in the CRM, then Retry.",
        ConversionCause.MissingAddress => "Request the address fix on the customer page (it goes through approval), then Retry.",
        ConversionCause.InvalidTaxNumber => "Request the tax number fix on the customer page (it goes through approval), then Retry.",
        ConversionCause.QuoteExpired => "Extend or re-issue the quote in the CRM, then Retry.",
        ConversionCause.NoOrderAfterWin => "Retry runs the checks and converts; if it fails, the failed check appears here as its own issue.",
        ConversionCause.OrderOnCreditHold => "Ask credit control for a decision; the hold itself is released in the ERP.",
        _ => "Retry runs the checks again.",
    };

    public static string Status(QuoteConversionStatus status) => status switch
    {
        QuoteConversionStatus.Failed => "Stuck",
        QuoteConversionStatus.OrderCreated => "ERP order made, CRM link pending",
        QuoteConversionStatus.Converted => "Converted",
        _ => status.ToString(),
    };

    public static string Age(TimeSpan age) => age.TotalDays >= 1 ? $"{(int)age.TotalDays} d {age.Hours} h"
        : age.TotalHours >= 1 ? $"{(int)age.TotalHours} h {age.Minutes} min"
        : $"{Math.Max(0, (int)age.TotalMinutes)} min";

    public static string Outcome(ConvertQuoteResult result) => result.Outcome switch
    {
        ConversionOutcome.Converted or ConversionOutcome.AlreadyConverted => result.Message,
        ConversionOutcome.Failed => "Not converted: " + result.Message,
        _ => result.Message,
    };

    public const string TimedOut = "Nothing was confirmed within 15 seconds: the ERP or CRM is slow or unreachable. Retry later — a retry never makes a second order.";
}
