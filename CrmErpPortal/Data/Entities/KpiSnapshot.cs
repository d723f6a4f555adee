namespace CrmErpPortal.Data.Entities;

/// <summary>
/// One headline dashboard figure for one week and country, recorded by the weekly snapshot job so the dashboard can
/// show direction over time. One row per week, country, KPI and currency: a second run in the same week replaces it.
/// </summary>
public sealed class KpiSnapshot
{
    /// <summary>The country value for figures across every country.</summary>
    public const string AllCountries = "All";

    public long Id { get; init; }

    /// <summary>The Monday (UTC) of the week the figure describes.</summary>
    public DateOnly WeekStart { get; set; }

    /// <summary>Stable key of the figure, e.g. <c>open-pipeline</c> (see the dashboard's KPI catalogue).</summary>
    public required string Kpi { get; set; }

    /// <summary>NZ, AU, or <see cref="AllCountries"/>.</summary>
    public required string Country { get; set; }

    /// <summary>ISO 4217 code for money; empty for counts, ratios and days (empty rather than null so the unique key holds on SQLite).</summary>
    public string Currency { get; set; } = string.Empty;

    public decimal Value { get; set; }

    public DateTimeOffset TakenAt { get; set; }
}
