using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.Conversions.Checks;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.Conversions;

/// <summary>
/// Keeps a quote's open ConversionIssues in step with its latest check: one open issue per cause (updated, never added
/// twice; a unique filtered index backs this), and issues whose cause no longer fails are resolved.
/// </summary>
public static class ConversionIssueWriter
{
    /// <summary>The causes a check run decides; the stuck-conversion job's own causes are left to it.</summary>
    public static readonly IReadOnlyList<ConversionCause> CheckCauses =
    [
        ConversionCause.NoErpCustomer, ConversionCause.CustomerBlocked, ConversionCause.CreditLimitExceeded, ConversionCause.PriceMismatch,
        ConversionCause.CurrencyMismatch, ConversionCause.MissingAddress, ConversionCause.InvalidTaxNumber, ConversionCause.QuoteExpired,
    ];

    public static async Task ApplyAsync(
        PortalDbContext db, Quote quote, Customer customer, string currencyCode, IReadOnlyList<FailedCheck> failures, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var open = await db.ConversionIssues.Where(i => i.QuoteId == quote.Id && i.Status == ConversionIssueStatus.Open).ToListAsync(cancellationToken);
        foreach (var failure in failures)
        {
            var issue = open.FirstOrDefault(i => i.Cause == failure.Cause);
            if (issue is null)
            {
                issue = new ConversionIssue { CustomerId = customer.Id, QuoteId = quote.Id, Cause = failure.Cause, Detail = failure.Message, CreatedAt = now };
                db.ConversionIssues.Add(issue);
            }

            issue.Detail = failure.Message.Length > 1000 ? failure.Message[..997] + "…" : failure.Message;
            // The queue sorts by the order's value: what is stuck, not the part of it a price difference makes up.
            issue.Amount = quote.TotalAmount;
            issue.CurrencyCode = currencyCode;
            issue.OwnerName = customer.OwnerName;
        }

        var failing = failures.Select(f => f.Cause).ToHashSet();
        foreach (var issue in open.Where(i => CheckCauses.Contains(i.Cause) && !failing.Contains(i.Cause)))
        {
            Resolve(issue, now);
        }
    }

    /// <summary>The quote became an order: every open issue about it is resolved, the stuck-order ones included.</summary>
    public static async Task ResolveAllAsync(PortalDbContext db, Guid quoteId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var issue in await db.ConversionIssues.Where(i => i.QuoteId == quoteId && i.Status == ConversionIssueStatus.Open).ToListAsync(cancellationToken))
        {
            Resolve(issue, now);
        }
    }

    private static void Resolve(ConversionIssue issue, DateTimeOffset now)
    {
        issue.Status = ConversionIssueStatus.Resolved;
        issue.ResolvedAt = now;
    }
}
