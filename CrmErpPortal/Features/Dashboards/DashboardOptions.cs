namespace CrmErpPortal.Features.Dashboards;

/// <summary>Settings of the leadership dashboard (section <c>Dashboards</c>).</summary>
public sealed class DashboardOptions
{
    public const string Section = "Dashboards";

    /// <summary>A card whose figures were last true longer ago than this is flagged stale (sync runs every 5 minutes by default).</summary>
    public TimeSpan StaleAfter { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How many of the most recent weekly snapshots the Trends section draws.</summary>
    public int TrendWeeks { get; set; } = Trends.GetKpiTrendsQuery.DefaultWeeks;

    /// <summary>A dashboard that took at least this long to compute is kept and served (with its as-of time) for up to <see cref="SnapshotMaxAge"/>.</summary>
    public TimeSpan PrecomputeAbove { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>How long a kept dashboard is served before it is computed again; the page's Refresh computes at once.</summary>
    public TimeSpan SnapshotMaxAge { get; set; } = TimeSpan.FromMinutes(10);
}
