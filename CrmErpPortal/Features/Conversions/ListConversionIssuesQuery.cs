using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.Conversions;

public enum ConversionIssueSort
{
    Oldest,
    LargestAmount,
}

public sealed record ConversionIssueFilter(ConversionCause? Cause = null, string? OwnerName = null, ConversionIssueSort Sort = ConversionIssueSort.Oldest, int Skip = 0, int Take = 50);

/// <param name="Age">How long the issue has been open (what the queue sorts and shows).</param>
public sealed record ConversionIssueRow(
    Guid Id, ConversionCause Cause, string Detail, Guid CustomerId, string CustomerName, Guid? QuoteId, string? QuoteNumber, Guid? SalesOrderId,
    decimal? Amount, string? CurrencyCode, string? OwnerName, DateTimeOffset CreatedAt, TimeSpan Age);

public sealed record ConversionIssuePage(IReadOnlyList<ConversionIssueRow> Items, int TotalCount);

/// <summary>The stuck-conversion queue: open issues, filterable by cause and owner, sorted by age or amount.</summary>
public sealed class ListConversionIssuesQuery(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock)
{
    public async Task<ConversionIssuePage> ExecuteAsync(ConversionIssueFilter filter, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var open = db.ConversionIssues.AsNoTracking().Where(i => i.Status == ConversionIssueStatus.Open);
        if (filter.Cause is { } cause)
        {
            open = open.Where(i => i.Cause == cause);
        }

        if (filter.OwnerName is { } owner)
        {
            open = open.Where(i => i.OwnerName == owner);
        }

        var total = await open.CountAsync(cancellationToken);
        var sorted = filter.Sort == ConversionIssueSort.LargestAmount
            ? open.OrderByDescending(i => i.Amount).ThenBy(i => i.CreatedAt)
            : open.OrderBy(i => i.CreatedAt);
        var rows = await sorted.Skip(filter.Skip).Take(filter.Take)
            .Select(i => new
            {
                Issue = i,
                CustomerName = db.Customers.Where(c => c.Id == i.CustomerId).Select(c => c.DisplayName).FirstOrDefault(),
                QuoteNumber = db.Quotes.Where(q => q.Id == i.QuoteId).Select(q => q.QuoteNumber).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return new ConversionIssuePage(
            [.. rows.Select(r => new ConversionIssueRow(r.Issue.Id, r.Issue.Cause, r.Issue.Detail, r.Issue.CustomerId, r.CustomerName ?? "", r.Issue.QuoteId, r.QuoteNumber,
                r.Issue.SalesOrderId, r.Issue.Amount, r.Issue.CurrencyCode, r.Issue.OwnerName, r.Issue.CreatedAt, now - r.Issue.CreatedAt))],
            total);
    }
}
