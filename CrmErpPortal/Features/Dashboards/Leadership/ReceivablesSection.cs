using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.Dashboards.Leadership;

public sealed record AgingBuckets(string Currency, decimal Current, decimal Days1To30, decimal Days31To60, decimal Over60, decimal Total, decimal Overdue);

public sealed record OverdueCustomer(Guid CustomerId, string Name, string Currency, decimal Overdue, decimal Balance);

public sealed record UtilisationBucket(string Label, int Customers);

/// <summary>
/// Receivables and credit from the ERP mirror (credit profiles: balance, overdue and aging as the ERP computes them):
/// AR and overdue by aging bucket per currency, the top overdue customers, how much of their limit customers use,
/// who is over their limit, and orders on credit hold.
/// </summary>
public sealed record ReceivablesSection(
    IReadOnlyList<AgingBuckets> Aging,
    IReadOnlyList<OverdueCustomer> TopOverdue,
    IReadOnlyList<UtilisationBucket> Utilisation,
    int OverLimit,
    int OrdersOnCreditHold,
    IReadOnlyList<CurrencyAmount> CreditHoldValue)
{
    public const int TopCount = 10;

    public static readonly string[] UtilisationLabels = ["No limit", "Under 50 %", "50–80 %", "80–100 %", "Over limit"];

    public static async Task<ReceivablesSection> LoadAsync(PortalDbContext db, DashboardFilter filter, CancellationToken cancellationToken)
    {
        var customers = filter.Customers(db);
        var ids = customers.Select(c => c.Id);
        var profiles = db.CreditProfiles.Where(p => ids.Contains(p.CustomerId));
        var aging = await profiles.GroupBy(p => p.CurrencyCode)
            .Select(g => new AgingBuckets(g.Key, g.Sum(p => p.AgingCurrent), g.Sum(p => p.Aging30), g.Sum(p => p.Aging60), g.Sum(p => p.Aging90Plus), g.Sum(p => p.Balance), g.Sum(p => p.OverdueAmount)))
            .ToListAsync(cancellationToken);
        var top = await profiles.Where(p => p.OverdueAmount > 0)
            .OrderByDescending(p => p.OverdueAmount).Take(TopCount)
            .Join(customers, p => p.CustomerId, c => c.Id, (p, c) => new OverdueCustomer(c.Id, c.DisplayName, p.CurrencyCode, p.OverdueAmount, p.Balance))
            .ToListAsync(cancellationToken);
        var usage = await profiles.Select(p => new { p.CreditLimit, p.Balance }).ToListAsync(cancellationToken);
        var buckets = usage.GroupBy(u => Bucket(u.CreditLimit, u.Balance)).ToDictionary(g => g.Key, g => g.Count());
        var hold = await db.SalesOrders.Where(o => ids.Contains(o.CustomerId) && o.Status == SalesOrderStatus.OnCreditHold)
            .GroupBy(o => o.CurrencyCode).Select(g => new { g.Key, Count = g.Count(), Sum = g.Sum(o => o.TotalAmount) })
            .ToListAsync(cancellationToken);
        return new ReceivablesSection(
            [.. aging.OrderBy(a => a.Currency)],
            [.. top.OrderByDescending(t => t.Overdue)],
            [.. UtilisationLabels.Select(label => new UtilisationBucket(label, buckets.GetValueOrDefault(label)))],
            buckets.GetValueOrDefault(UtilisationLabels[^1]),
            hold.Sum(h => h.Count),
            [.. hold.Select(h => new CurrencyAmount(h.Key, h.Sum)).OrderBy(a => a.Currency)]);
    }

    /// <summary>Balance over limit; a customer with no limit is its own bucket (no division by zero, no fake 0 %).</summary>
    public static string Bucket(decimal limit, decimal balance)
    {
        if (limit <= 0)
        {
            return UtilisationLabels[0];
        }

        var used = balance / limit;
        return used switch
        {
            > 1m => UtilisationLabels[4],
            >= 0.8m => UtilisationLabels[3],
            >= 0.5m => UtilisationLabels[2],
            _ => UtilisationLabels[1],
        };
    }
}
