using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.Dashboards.Trends;

/// <summary>One KPI (in one currency, for money) over the weeks of a <see cref="KpiTrends"/>; null where a week has no value.</summary>
public sealed record KpiTrendSeries(KpiDefinition Kpi, string Currency, IReadOnlyList<decimal?> Values)
{
    public string Title => Currency.Length == 0 ? Kpi.Label : $"{Kpi.Label} ({Currency})";
}

/// <summary>The weekly snapshots for a country, oldest week first.</summary>
public sealed record KpiTrends(string? Country, IReadOnlyList<DateOnly> Weeks, IReadOnlyList<KpiTrendSeries> Series, DateTimeOffset? LastTakenAt)
{
    /// <summary>A line needs two points: with fewer weeks the dashboard explains when the first trend appears.</summary>
    public bool HasTrend => Weeks.Count >= 2;
}

public sealed class GetKpiTrendsQuery(IDbContextFactory<PortalDbContext> contexts)
{
    public const int DefaultWeeks = 26;

    /// <param name="country">NZ, AU, or null for every country.</param>
    /// <param name="weeks">How many of the most recent snapshot weeks to return.</param>
    public async Task<KpiTrends> ExecuteAsync(string? country, int weeks, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(weeks, 1);
        var scope = country ?? KpiSnapshot.AllCountries;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var recent = await db.KpiSnapshots.AsNoTracking().Where(s => s.Country == scope)
            .Select(s => s.WeekStart).Distinct().OrderByDescending(w => w).Take(weeks).ToListAsync(cancellationToken);
        if (recent.Count == 0)
        {
            return new KpiTrends(country, [], [], null);
        }

        var from = recent.Min();
        var rows = await db.KpiSnapshots.AsNoTracking().Where(s => s.Country == scope && s.WeekStart >= from).ToListAsync(cancellationToken);
        var ordered = recent.Order().ToList();
        // The catalogue's order, not the table's: unknown keys (a KPI since retired) are left out.
        var series = KpiCatalog.All.SelectMany(kpi => rows.Where(r => r.Kpi == kpi.Key).GroupBy(r => r.Currency).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new KpiTrendSeries(kpi, g.Key, [.. ordered.Select(w => g.FirstOrDefault(r => r.WeekStart == w)?.Value)])))
            .ToList();
        return new KpiTrends(country, ordered, series, rows.Max(r => r.TakenAt));
    }
}
