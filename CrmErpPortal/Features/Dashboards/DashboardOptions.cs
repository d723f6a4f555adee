namespace CrmErpPortal.Features.Dashboards;

/// <summary>Settings of the leadership dashboard (section <c>Dashboards</c>).</summary>
public sealed class DashboardOptions
{
    public const string Section = "Dashboards";

    /// <summary>A card whose figures were last true longer ago than this is flagged stale (sync runs every 5 minutes by default).</summary>
    public TimeSpan StaleAfter { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How many of the most recent weekly snapshots the Trends section draws.</summary>
    public int TrendWeeks { get; set; } = Trends.GetKpiTrendsQuery.DefaultWeeks;
}
