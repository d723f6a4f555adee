using CrmErpPortal.Data;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.Duplicates.Merge;

public sealed record MergeView(
    Guid Id, Guid SurvivorId, string SurvivorName, Guid MergedId, string MergedName, string MergedBy, DateTimeOffset MergedAt,
    string? UnmergedBy, DateTimeOffset? UnmergedAt, long Version)
{
    public bool CanUnmerge => UnmergedAt is null;
}

/// <summary>Merge history, newest first: all of it, or the merges a customer took part in.</summary>
public sealed class ListMergesQuery(IDbContextFactory<PortalDbContext> contexts)
{
    public async Task<IReadOnlyList<MergeView>> ExecuteAsync(Guid? customerId, int take, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var merges = db.MergeRecords.AsNoTracking();
        if (customerId is { } id)
        {
            merges = merges.Where(m => m.SurvivorCustomerId == id || m.MergedCustomerId == id);
        }

        return await (
            from m in merges
            join s in db.Customers on m.SurvivorCustomerId equals s.Id
            join d in db.Customers on m.MergedCustomerId equals d.Id
            orderby m.MergedAt descending
            select new MergeView(m.Id, s.Id, s.DisplayName, d.Id, d.DisplayName, m.MergedBy, m.MergedAt, m.UnmergedBy, m.UnmergedAt, m.Version))
            .Take(take)
            .ToListAsync(cancellationToken);
    }
}
