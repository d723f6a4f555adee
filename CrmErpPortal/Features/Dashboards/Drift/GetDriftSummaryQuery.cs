using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.Dashboards.Drift;

/// <summary>Open differences per shared field (every field listed, zero included) and when the drift job last ran.</summary>
public sealed record DriftSummary(IReadOnlyList<DriftFieldCount> Fields, DateTimeOffset? AsOf, int CustomersCompared)
{
    public int Total => Fields.Sum(f => f.Open);

    public int CustomersAffected { get; init; }
}

public sealed record DriftFieldCount(SharedField Field, int Open);

public sealed class GetDriftSummaryQuery(IDbContextFactory<PortalDbContext> contexts)
{
    public async Task<DriftSummary> ExecuteAsync(string? country, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var open = DriftFilter.Open(db, country, null);
        var counts = await open.GroupBy(f => f.Field).Select(g => new { Field = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var affected = await open.Select(f => f.CustomerId).Distinct().CountAsync(cancellationToken);
        var lastRun = await db.DriftRuns.AsNoTracking().OrderByDescending(r => r.FinishedAt).FirstOrDefaultAsync(cancellationToken);
        var fields = DriftFields.All.Select(f => new DriftFieldCount(f, counts.FirstOrDefault(c => c.Field == f)?.Count ?? 0)).ToList();
        return new DriftSummary(fields, lastRun?.FinishedAt, lastRun?.CustomersCompared ?? 0) { CustomersAffected = affected };
    }
}

internal static class DriftFilter
{
    /// <summary>Open findings of live customers, narrowed to a country and a field when given.</summary>
    public static IQueryable<DriftFinding> Open(PortalDbContext db, string? country, SharedField? field)
    {
        var query = db.DriftFindings.AsNoTracking().Where(f => f.ResolvedAt == null);
        if (!string.IsNullOrEmpty(country))
        {
            query = query.Where(f => f.CountryCode == country);
        }

        if (field is { } only)
        {
            query = query.Where(f => f.Field == only);
        }

        return query;
    }
}
