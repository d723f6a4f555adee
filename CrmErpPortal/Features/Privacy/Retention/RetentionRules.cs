using System.Globalization;
using CrmErpPortal.Data.Entities;

namespace CrmErpPortal.Features.Privacy.Retention;

/// <summary>What the rules need to know about a customer; no personal data.</summary>
/// <param name="LastActivityAt">The latest change seen on the record, its contacts, quotes, opportunities or cases.</param>
/// <param name="LastTransactionAt">The latest invoice or order date; null for a customer that never traded.</param>
/// <param name="HasOpenItems">An unpaid invoice or an order not yet delivered: the record is still needed.</param>
public sealed record CustomerRetentionFacts(
    Guid CustomerId, string CountryCode, bool IsErpCustomer, bool HasTransactions, DateTimeOffset LastActivityAt,
    DateTimeOffset? LastTransactionAt, bool HasOpenItems);

public sealed record ContactRetentionFacts(Guid ContactId, Guid CustomerId, DateTimeOffset LastModifiedAt);

public sealed record RetentionDue(RetentionCategory Category, string Rule, string Reason);

/// <summary>
/// The retention schedule as code: which records are due for de-identification and why. Legal holds, merged and
/// already de-identified records are filtered out before these rules are asked.
/// </summary>
public static class RetentionRules
{
    public static RetentionDue? ForCustomer(CustomerRetentionFacts facts, RetentionOptions options, DateTimeOffset now)
    {
        if (facts.HasOpenItems)
        {
            return null;
        }

        if (!facts.IsErpCustomer && !facts.HasTransactions)
        {
            var cutoff = now.AddMonths(-options.ProspectInactiveMonths);
            return facts.LastActivityAt < cutoff
                ? new RetentionDue(RetentionCategory.Prospect, $"Prospect inactive {options.ProspectInactiveMonths} months",
                    $"Never an ERP customer, no orders or invoices; last activity {Month(facts.LastActivityAt)}.")
                : null;
        }

        var years = options.YearsFor(facts.CountryCode);
        var last = facts.LastTransactionAt ?? facts.LastActivityAt;
        return last < now.AddYears(-years)
            ? new RetentionDue(RetentionCategory.FormerCustomer, $"Former customer, {years} years after the last transaction ({facts.CountryCode})",
                facts.LastTransactionAt is null
                    ? $"ERP customer with no orders or invoices; last activity {Month(last)}."
                    : $"Last transaction {Month(last)}; nothing open.")
            : null;
    }

    public static RetentionDue? ForContact(ContactRetentionFacts facts, RetentionOptions options, DateTimeOffset now) =>
        facts.LastModifiedAt < now.AddMonths(-options.ContactInactiveMonths)
            ? new RetentionDue(RetentionCategory.InactiveContact, $"Contact inactive {options.ContactInactiveMonths} months",
                $"Not changed in the CRM since {Month(facts.LastModifiedAt)}.")
            : null;

    private static string Month(DateTimeOffset at) => at.UtcDateTime.ToString("MMMM yyyy", CultureInfo.InvariantCulture);
}
