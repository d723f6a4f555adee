using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.Duplicates.Scoring;

/// <summary>
/// Groups the open pairs into clusters (records joined directly or through others), so the queue can show that
/// "A–B" and "B–C" are one problem of three records. A cluster is named by its smallest customer id.
/// </summary>
public sealed class ClusterAssigner(IDbContextFactory<PortalDbContext> contexts)
{
    public async Task AssignAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var open = await db.DuplicateCandidates
            .Where(d => d.Status == DuplicateStatus.Open || d.Status == DuplicateStatus.Deferred || d.ClusterId != null)
            .ToListAsync(cancellationToken);
        var parent = new Dictionary<Guid, Guid>();
        foreach (var pair in open.Where(IsOpen))
        {
            var (a, b) = (Root(parent, pair.CustomerAId), Root(parent, pair.CustomerBId));
            if (a != b)
            {
                parent[a.CompareTo(b) < 0 ? b : a] = a.CompareTo(b) < 0 ? a : b;
            }
        }

        var sizes = open.Where(IsOpen)
            .SelectMany(p => new[] { p.CustomerAId, p.CustomerBId })
            .Distinct()
            .GroupBy(id => Root(parent, id))
            .ToDictionary(g => g.Key, g => g.Count());
        foreach (var pair in open)
        {
            Guid? cluster = IsOpen(pair) ? Root(parent, pair.CustomerAId) : null;
            var size = cluster is { } c ? sizes[c] : 0;
            if (pair.ClusterId != cluster || pair.ClusterSize != size)
            {
                pair.ClusterId = cluster;
                pair.ClusterSize = size;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static bool IsOpen(DuplicateCandidate pair) => pair.Status is DuplicateStatus.Open or DuplicateStatus.Deferred;

    private static Guid Root(Dictionary<Guid, Guid> parent, Guid id)
    {
        while (parent.TryGetValue(id, out var next) && next != id)
        {
            id = next;
        }

        return id;
    }
}
