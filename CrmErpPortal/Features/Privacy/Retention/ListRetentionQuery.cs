using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.Privacy.Retention;

/// <summary>A record due for review, named so the officer can recognise it (it is theirs to see).</summary>
public sealed record RetentionProposalView(
    Guid Id, Guid CustomerId, Guid? ContactId, string Record, RetentionCategory Category, string Rule, string DueReason, DateTimeOffset ProposedAt);

public sealed record LegalHoldView(Guid CustomerId, Guid? ContactId, string Record, string? Reason);

public sealed record RecentRetentionDecision(Guid Id, Guid CustomerId, RetentionCategory Category, RetentionProposalStatus Status, string? DecidedByName, DateTimeOffset? DecidedAt, string? Comment);

public sealed record RetentionReview(IReadOnlyList<RetentionProposalView> Pending, IReadOnlyList<LegalHoldView> Holds, IReadOnlyList<RecentRetentionDecision> Recent);

/// <summary>What the retention page shows: pending proposals, current legal holds and the latest decisions.</summary>
public sealed class ListRetentionQuery(IDbContextFactory<PortalDbContext> contexts)
{
    public async Task<RetentionReview> ExecuteAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var pending = await (
                from p in db.RetentionProposals.AsNoTracking()
                where p.Status == RetentionProposalStatus.Pending
                join c in db.Customers on p.CustomerId equals c.Id
                from t in db.Contacts.Where(t => t.Id == p.ContactId).DefaultIfEmpty()
                select new { p.Id, p.CustomerId, p.ContactId, Customer = c.DisplayName, t.FirstName, t.LastName, p.Category, p.Rule, p.DueReason, p.ProposedAt })
            .ToListAsync(cancellationToken);
        var holds = await db.Customers.AsNoTracking().Where(c => c.LegalHold)
            .Select(c => new LegalHoldView(c.Id, null, c.DisplayName, c.LegalHoldReason)).ToListAsync(cancellationToken);
        var contactHolds = await (
                from t in db.Contacts.AsNoTracking()
                where t.LegalHold
                join c in db.Customers on t.CustomerId equals c.Id
                select new { t.CustomerId, t.Id, t.FirstName, t.LastName, Customer = c.DisplayName, t.LegalHoldReason })
            .ToListAsync(cancellationToken);
        var recent = await db.RetentionProposals.AsNoTracking().Where(p => p.Status != RetentionProposalStatus.Pending)
            .OrderByDescending(p => p.Id).Take(20)
            .Select(p => new RecentRetentionDecision(p.Id, p.CustomerId, p.Category, p.Status, p.DecidedByName, p.DecidedAt, p.DecisionComment))
            .ToListAsync(cancellationToken);
        return new RetentionReview(
            [.. pending.OrderBy(p => p.ProposedAt).ThenBy(p => p.Customer, StringComparer.CurrentCultureIgnoreCase)
                .Select(p => new RetentionProposalView(p.Id, p.CustomerId, p.ContactId,
                    p.ContactId is null ? p.Customer : $"{ContactName(p.FirstName, p.LastName)} ({p.Customer})", p.Category, p.Rule, p.DueReason, p.ProposedAt))],
            [.. holds.Concat(contactHolds.Select(h => new LegalHoldView(h.CustomerId, h.Id, $"{ContactName(h.FirstName, h.LastName)} ({h.Customer})", h.LegalHoldReason)))
                .OrderBy(h => h.Record, StringComparer.CurrentCultureIgnoreCase)],
            recent);
    }

    private static string ContactName(string? first, string? last) => string.Join(' ', new[] { first, last }.Where(s => !string.IsNullOrWhiteSpace(s)));
}
