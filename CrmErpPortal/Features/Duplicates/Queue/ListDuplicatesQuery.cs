using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.Duplicates.Queue;

public enum SystemFilter
{
    Any,
    CrmOnly,
    ErpOnly,
    CrossSystem,
}

public enum AgeFilter
{
    Any,
    LastDay,
    LastWeek,
    OlderThanWeek,
    OlderThanMonth,
}

public sealed record DuplicateQueueFilter(
    DuplicateStatus Status = DuplicateStatus.Open,
    MatchBand? Band = null,
    SystemFilter System = SystemFilter.Any,
    AgeFilter Age = AgeFilter.Any,
    string? Owner = null,
    Guid? Cluster = null);

public sealed record DuplicateQueueInput(DuplicateQueueFilter Filter, int Page, int PageSize);

public sealed record QueueSide(Guid Id, string Name, string? Owner, IReadOnlyList<SourceSystem> Systems);

public sealed record DuplicateQueueRow(
    Guid Id, QueueSide A, QueueSide B, double Score, MatchBand Band, DuplicateStatus Status, DateTimeOffset CreatedAt,
    Guid? ClusterId, int ClusterSize, long Version);

public sealed record DuplicateQueueResult(IReadOnlyList<DuplicateQueueRow> Rows, int TotalCount);

/// <summary>One page of the duplicate queue, highest score first, filtered on the server.</summary>
public sealed class ListDuplicatesQuery(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock)
{
    public async Task<DuplicateQueueResult> ExecuteAsync(DuplicateQueueInput input, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var f = input.Filter;
        var pairs = db.DuplicateCandidates.AsNoTracking().Where(d => d.Status == f.Status);
        if (f.Band is { } band)
        {
            pairs = pairs.Where(d => d.Band == band);
        }

        if (f.Cluster is { } cluster)
        {
            pairs = pairs.Where(d => d.ClusterId == cluster);
        }

        pairs = Age(pairs, f.Age, clock.GetUtcNow());
        var live = db.SourceLinks.Where(l => !l.IsDeletedAtSource);
        pairs = f.System switch
        {
            SystemFilter.CrmOnly => pairs.Where(d => !live.Any(l => (l.CustomerId == d.CustomerAId || l.CustomerId == d.CustomerBId) && l.System == SourceSystem.Erp)),
            SystemFilter.ErpOnly => pairs.Where(d => !live.Any(l => (l.CustomerId == d.CustomerAId || l.CustomerId == d.CustomerBId) && l.System == SourceSystem.Crm)),
            SystemFilter.CrossSystem => pairs.Where(d =>
                live.Any(l => (l.CustomerId == d.CustomerAId || l.CustomerId == d.CustomerBId) && l.System == SourceSystem.Erp)
                && live.Any(l => (l.CustomerId == d.CustomerAId || l.CustomerId == d.CustomerBId) && l.System == SourceSystem.Crm)),
            _ => pairs,
        };

        var rows =
            from d in pairs
            join a in db.Customers on d.CustomerAId equals a.Id
            join b in db.Customers on d.CustomerBId equals b.Id
            select new { d, a, b };
        if (!string.IsNullOrWhiteSpace(f.Owner))
        {
            var owner = f.Owner.Trim().ToLower();
            rows = rows.Where(r => (r.a.OwnerName != null && r.a.OwnerName.ToLower().Contains(owner)) || (r.b.OwnerName != null && r.b.OwnerName.ToLower().Contains(owner)));
        }

        var total = await rows.CountAsync(cancellationToken);
        var page = await rows
            .OrderByDescending(r => r.d.Score).ThenBy(r => r.d.CreatedAt).ThenBy(r => r.d.Id)
            .Skip(input.Page * input.PageSize).Take(input.PageSize)
            .Select(r => new
            {
                r.d.Id, r.d.Score, r.d.Band, r.d.Status, r.d.CreatedAt, r.d.ClusterId, r.d.ClusterSize, r.d.Version,
                AId = r.a.Id, AName = r.a.DisplayName, AOwner = r.a.OwnerName,
                BId = r.b.Id, BName = r.b.DisplayName, BOwner = r.b.OwnerName,
            })
            .ToListAsync(cancellationToken);
        var customerIds = page.SelectMany(p => new[] { p.AId, p.BId }).Distinct().ToList();
        var systems = (await live.Where(l => customerIds.Contains(l.CustomerId)).Select(l => new { l.CustomerId, l.System }).ToListAsync(cancellationToken))
            .GroupBy(l => l.CustomerId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<SourceSystem>)g.Select(l => l.System).Distinct().Order().ToList());
        IReadOnlyList<SourceSystem> SystemsOf(Guid id) => systems.GetValueOrDefault(id) ?? [];
        return new DuplicateQueueResult(
            page.Select(p => new DuplicateQueueRow(
                p.Id,
                new QueueSide(p.AId, p.AName, p.AOwner, SystemsOf(p.AId)),
                new QueueSide(p.BId, p.BName, p.BOwner, SystemsOf(p.BId)),
                p.Score, p.Band, p.Status, p.CreatedAt, p.ClusterId, p.ClusterSize, p.Version)).ToList(),
            total);
    }

    private static IQueryable<DuplicateCandidate> Age(IQueryable<DuplicateCandidate> pairs, AgeFilter age, DateTimeOffset now) => age switch
    {
        AgeFilter.LastDay => pairs.Where(d => d.CreatedAt >= now.AddDays(-1)),
        AgeFilter.LastWeek => pairs.Where(d => d.CreatedAt >= now.AddDays(-7)),
        AgeFilter.OlderThanWeek => pairs.Where(d => d.CreatedAt < now.AddDays(-7)),
        AgeFilter.OlderThanMonth => pairs.Where(d => d.CreatedAt < now.AddDays(-30)),
        _ => pairs,
    };
}
