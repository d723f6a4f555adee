using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.Dashboards.Overview;

public sealed record MoneyByCurrency(string CurrencyCode, decimal Receivable, decimal Overdue);

public sealed record Overview(
    DateTimeOffset AsOf,
    int Customers,
    int LinkedInBoth,
    int OpenDuplicatePairs,
    int OpenConversionIssues,
    int PendingApprovals,
    IReadOnlyList<MoneyByCurrency> Receivables)
{
    public double LinkedShare => Customers == 0 ? 0 : (double)LinkedInBoth / Customers;
}

/// <summary>Cross-system headline figures for leadership, computed from the hub mirror.</summary>
public sealed class GetOverviewQuery(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock)
{
    public async Task<Overview> ExecuteAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var live = db.Customers.Where(c => c.Status != CustomerStatus.Merged);
        var receivables = await db.CreditProfiles
            .GroupBy(p => p.CurrencyCode)
            .Select(g => new MoneyByCurrency(g.Key, g.Sum(p => p.Balance), g.Sum(p => p.OverdueAmount)))
            .ToListAsync(cancellationToken);

        return new Overview(
            clock.GetUtcNow(),
            await live.CountAsync(cancellationToken),
            await live.CountAsync(
                c => c.SourceLinks.Any(l => l.System == SourceSystem.Crm) && c.SourceLinks.Any(l => l.System == SourceSystem.Erp),
                cancellationToken),
            await db.DuplicateCandidates.CountAsync(d => d.Status == DuplicateStatus.Open && d.Band != MatchBand.Ignore, cancellationToken),
            await db.ConversionIssues.CountAsync(i => i.Status == ConversionIssueStatus.Open, cancellationToken),
            await db.ChangeRequests.CountAsync(r => r.Status == ChangeRequestStatus.Pending, cancellationToken),
            [.. receivables.OrderBy(r => r.CurrencyCode)]);
    }
}
