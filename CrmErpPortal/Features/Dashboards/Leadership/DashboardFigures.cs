namespace CrmErpPortal.Features.Dashboards.Leadership;

public sealed record DashboardFigure(string Figure, string? Currency, object? Value, DateTimeOffset? AsOf);

/// <summary>The dashboard flattened to named figures per section, for the workbook export and the weekly snapshots.</summary>
public static class DashboardFigures
{
    public static IEnumerable<(string Section, IReadOnlyList<DashboardFigure> Figures)> Sections(LeadershipDashboard d)
    {
        var (crm, erp, now) = (d.CrmAsOf, d.ErpAsOf, d.ComputedAt);
        var r = d.Revenue;
        yield return ("Revenue and pipeline",
        [
            .. r.OpenPipeline.Select(a => new DashboardFigure("Open pipeline", a.Currency, a.Amount, crm)),
            new("Open opportunities", null, r.OpenOpportunities, crm),
            new("Quotes won", null, r.QuotesWon, crm),
            .. r.QuotesWonValue.Select(a => new DashboardFigure("Quotes won value", a.Currency, a.Amount, crm)),
            new("Orders booked", null, r.OrdersBooked, erp),
            .. r.OrdersBookedValue.Select(a => new DashboardFigure("Orders booked value", a.Currency, a.Amount, erp)),
            .. r.Invoiced.Select(a => new DashboardFigure("Invoiced", a.Currency, a.Amount, erp)),
            new("Quote-to-order conversion rate", null, r.ConversionRate, Oldest(crm, erp)),
            new("Median days from quote won to ERP order", null, r.MedianDaysWonToOrder, Oldest(crm, erp)),
        ]);
        var rec = d.Receivables;
        yield return ("Receivables and credit",
        [
            .. rec.Aging.SelectMany(a => new[]
            {
                new DashboardFigure("Total receivables", a.Currency, a.Total, erp),
                new DashboardFigure("Overdue", a.Currency, a.Overdue, erp),
                new DashboardFigure("Aging: current", a.Currency, a.Current, erp),
                new DashboardFigure("Aging: 1–30 days", a.Currency, a.Days1To30, erp),
                new DashboardFigure("Aging: 31–60 days", a.Currency, a.Days31To60, erp),
                new DashboardFigure("Aging: over 60 days", a.Currency, a.Over60, erp),
            }),
            .. rec.TopOverdue.Select(t => new DashboardFigure($"Top overdue: {t.Name}", t.Currency, t.Overdue, erp)),
            .. rec.Utilisation.Select(u => new DashboardFigure($"Credit used: {u.Label}", null, u.Customers, erp)),
            new("Customers over their limit", null, rec.OverLimit, erp),
            new("Orders on credit hold", null, rec.OrdersOnCreditHold, erp),
        ]);
        var q = d.DataQuality;
        yield return ("Data quality",
        [
            new("Customers", null, q.Customers, now),
            new("Linked in both systems", null, q.LinkedInBoth, now),
            new("Share linked in both systems", null, q.LinkedShare, now),
            new("Open duplicate pairs", null, q.OpenDuplicatePairs, now),
            .. q.MergesPerWeek.Select(w => new DashboardFigure($"Merges, week of {w.WeekStart:yyyy-MM-dd}", null, w.Count, now)),
            new("Customers with an invalid phone", null, q.InvalidPhones, now),
            new("Customers with an invalid address", null, q.InvalidAddresses, now),
            new("Customers with an invalid business number", null, q.InvalidBusinessNumbers, now),
            .. q.StuckConversions.Select(c => new DashboardFigure($"Stuck conversions: {c.Cause}", null, c.Total, now)),
        ]);
        var i = d.Integration;
        yield return ("Integration health",
        [
            .. i.Lags.Select(l => new DashboardFigure($"Minutes since last sync: {l.System} {l.Entity}", null, l.Lag is { } lag ? Math.Round(lag.TotalMinutes, 1) : null, l.LastSucceeded)),
            new("Failed sync runs, last 24 h", null, i.FailedRunsLastDay, now),
            new("Dead letters", null, i.DeadLetters, now),
            new("Push conflicts", null, i.PushConflicts, now),
            new("Approvals waiting", null, i.PendingApprovals, now),
            new("Pushes queued", null, i.PushesQueued, now),
        ]);
    }

    private static DateTimeOffset? Oldest(DateTimeOffset? a, DateTimeOffset? b) => a is null || b is null ? null : a < b ? a : b;
}
