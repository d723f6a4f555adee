using CrmErpPortal.Data;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.QualityFindings;

public sealed record FindingCount(string Rule, string Field, int Count);

public sealed record FindingCounts(IReadOnlyList<FindingCount> ByRuleAndField, IReadOnlyList<string> Countries)
{
    public int Total => ByRuleAndField.Sum(c => c.Count);
}

/// <summary>Open findings counted by rule and field (under the same filter as the list), and the countries that have any.</summary>
public sealed class CountOpenFindingsQuery(IDbContextFactory<PortalDbContext> contexts)
{
    public async Task<FindingCounts> ExecuteAsync(FindingFilter filter, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var counts = await ListOpenFindingsQuery.Filtered(db, filter)
            .GroupBy(f => new { f.Rule, f.Field })
            .Select(g => new FindingCount(g.Key.Rule, g.Key.Field, g.Count()))
            .ToListAsync(cancellationToken);
        var countries = await db.DataQualityFindings.AsNoTracking().Where(f => f.ResolvedAt == null)
            .Select(f => f.CountryCode).Distinct().OrderBy(c => c).ToListAsync(cancellationToken);
        return new FindingCounts([.. counts.OrderByDescending(c => c.Count).ThenBy(c => c.Rule)], countries);
    }
}
