using CrmErpPortal.Features.Dashboards.Leadership;

namespace CrmErpPortal.Features.Dashboards.Trends;

public enum KpiUnit
{
    Money,
    Count,
    Ratio,
    Days,
}

/// <summary>One headline figure the weekly snapshot records: a stable key, how to show it, and how to read it off the dashboard.</summary>
public sealed record KpiDefinition(string Key, string Label, KpiUnit Unit, Func<LeadershipDashboard, IEnumerable<CurrencyAmount>> Read);

/// <summary>A figure read off a dashboard: money carries its currency, everything else an empty one.</summary>
public sealed record KpiValue(KpiDefinition Kpi, string Currency, decimal Value);

/// <summary>
/// The dashboard's headline KPIs, read off a computed <see cref="LeadershipDashboard"/> so a snapshot holds exactly what
/// the dashboard showed. A figure the dashboard has no value for (no won quote yet: no conversion rate) is not recorded.
/// </summary>
public static class KpiCatalog
{
    public static readonly IReadOnlyList<KpiDefinition> All =
    [
        Money("open-pipeline", "Open pipeline", d => d.Revenue.OpenPipeline),
        Count("quotes-won", "Quotes won", d => d.Revenue.QuotesWon),
        Count("orders-booked", "Orders booked", d => d.Revenue.OrdersBooked),
        Money("invoiced", "Invoiced", d => d.Revenue.Invoiced),
        Number("conversion-rate", "Quote-to-order conversion", KpiUnit.Ratio, d => d.Revenue.ConversionRate),
        Number("median-cycle-days", "Median days from quote won to ERP order", KpiUnit.Days, d => d.Revenue.MedianDaysWonToOrder),
        Money("receivables", "Total receivables", d => d.Receivables.Aging.Select(a => new CurrencyAmount(a.Currency, a.Total))),
        Money("overdue", "Overdue", d => d.Receivables.Aging.Select(a => new CurrencyAmount(a.Currency, a.Overdue))),
        Count("over-limit", "Customers over their limit", d => d.Receivables.OverLimit),
        Count("credit-hold-orders", "Orders on credit hold", d => d.Receivables.OrdersOnCreditHold),
        Number("linked-share", "Share linked in both systems", KpiUnit.Ratio, d => d.DataQuality.Customers == 0 ? null : d.DataQuality.LinkedShare),
        Count("open-duplicate-pairs", "Open duplicate pairs", d => d.DataQuality.OpenDuplicatePairs),
        Count("stuck-conversions", "Stuck conversions", d => d.DataQuality.StuckConversions.Sum(c => c.Total)),
        Count("dead-letters", "Dead letters", d => d.Integration.DeadLetters),
        Count("pending-approvals", "Approvals waiting", d => d.Integration.PendingApprovals),
    ];

    /// <summary>Stored values keep four decimal places (the hub's scale), so ratios and days are rounded to it here.</summary>
    public static IEnumerable<KpiValue> Read(LeadershipDashboard dashboard) =>
        All.SelectMany(k => k.Read(dashboard).Select(a => new KpiValue(k, k.Unit == KpiUnit.Money ? a.Currency : string.Empty, decimal.Round(a.Amount, 4))));

    public static KpiDefinition? Find(string key) => All.FirstOrDefault(k => k.Key == key);

    private static KpiDefinition Money(string key, string label, Func<LeadershipDashboard, IEnumerable<CurrencyAmount>> read) => new(key, label, KpiUnit.Money, read);

    private static KpiDefinition Count(string key, string label, Func<LeadershipDashboard, int> read) =>
        new(key, label, KpiUnit.Count, d => [new CurrencyAmount(string.Empty, read(d))]);

    private static KpiDefinition Number(string key, string label, KpiUnit unit, Func<LeadershipDashboard, double?> read) =>
        new(key, label, unit, d => read(d) is { } value ? [new CurrencyAmount(string.Empty, (decimal)value)] : []);
}
