using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.Dashboards.Leadership;

/// <summary>
/// Revenue and pipeline for the filter's customers and period: open pipeline (CRM opportunities), quotes won, orders
/// booked and invoiced (ERP), the share of won quotes that became an ERP order, and the median days from won to order.
/// </summary>
public sealed record RevenueSection(
    IReadOnlyList<CurrencyAmount> OpenPipeline,
    int OpenOpportunities,
    int QuotesWon,
    IReadOnlyList<CurrencyAmount> QuotesWonValue,
    int OrdersBooked,
    IReadOnlyList<CurrencyAmount> OrdersBookedValue,
    IReadOnlyList<CurrencyAmount> Invoiced,
    double? ConversionRate,
    double? MedianDaysWonToOrder)
{
    public static async Task<RevenueSection> LoadAsync(PortalDbContext db, DashboardFilter filter, CancellationToken cancellationToken)
    {
        var customers = filter.Customers(db).Select(c => c.Id);
        var (from, to) = (filter.PeriodStartUtc, filter.PeriodEndUtc);
        var (fromDay, toDay) = (filter.PeriodStart, filter.PeriodEnd);

        var pipeline = await db.Opportunities.Where(o => customers.Contains(o.CustomerId) && o.Status == OpportunityStatus.Open)
            .GroupBy(o => o.CurrencyCode).Select(g => new { g.Key, Count = g.Count(), Sum = g.Sum(o => o.EstimatedValue ?? 0m) })
            .ToListAsync(cancellationToken);
        var won = await db.Quotes.Where(q => customers.Contains(q.CustomerId) && q.State == QuoteState.Won && q.WonAt >= from && q.WonAt < to)
            .Select(q => new { q.CurrencyCode, q.TotalAmount, q.WonAt, q.ErpOrderNumber, q.CustomerId })
            .ToListAsync(cancellationToken);
        var orders = await db.SalesOrders
            .Where(o => customers.Contains(o.CustomerId) && o.Status != SalesOrderStatus.Cancelled && o.OrderDate >= fromDay && o.OrderDate <= toDay)
            .GroupBy(o => o.CurrencyCode).Select(g => new { g.Key, Count = g.Count(), Sum = g.Sum(o => o.TotalAmount) })
            .ToListAsync(cancellationToken);
        var invoiced = await db.Invoices
            .Where(i => customers.Contains(i.CustomerId) && i.Status != InvoiceStatus.Cancelled && i.InvoiceDate >= fromDay && i.InvoiceDate <= toDay)
            .GroupBy(i => i.CurrencyCode).Select(g => new CurrencyAmount(g.Key, g.Sum(i => i.TotalAmount)))
            .ToListAsync(cancellationToken);

        var orderNumbers = won.Where(q => q.ErpOrderNumber != null).Select(q => q.ErpOrderNumber!).Distinct().ToList();
        var orderDates = await db.SalesOrders.Where(o => orderNumbers.Contains(o.OrderNumber))
            .Select(o => new { o.OrderNumber, o.OrderDate }).ToListAsync(cancellationToken);
        var cycleDays = won.Where(q => q.ErpOrderNumber != null)
            .Join(orderDates, q => q.ErpOrderNumber, o => o.OrderNumber, (q, o) => Math.Max(0, o.OrderDate.DayNumber - DateOnly.FromDateTime(q.WonAt!.Value.UtcDateTime).DayNumber))
            .Order().ToList();

        return new RevenueSection(
            [.. pipeline.Select(p => new CurrencyAmount(p.Key, p.Sum)).OrderBy(a => a.Currency)],
            pipeline.Sum(p => p.Count),
            won.Count,
            [.. won.GroupBy(q => q.CurrencyCode).Select(g => new CurrencyAmount(g.Key, g.Sum(q => q.TotalAmount))).OrderBy(a => a.Currency)],
            orders.Sum(o => o.Count),
            [.. orders.Select(o => new CurrencyAmount(o.Key, o.Sum)).OrderBy(a => a.Currency)],
            [.. invoiced.OrderBy(a => a.Currency)],
            won.Count == 0 ? null : (double)won.Count(q => q.ErpOrderNumber != null) / won.Count,
            Median(cycleDays));
    }

    private static double? Median(IReadOnlyList<int> sorted) => sorted.Count switch
    {
        0 => null,
        _ when sorted.Count % 2 == 1 => sorted[sorted.Count / 2],
        _ => (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2.0,
    };
}
