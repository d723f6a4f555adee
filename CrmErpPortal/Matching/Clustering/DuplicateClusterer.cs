using CrmErpPortal.Matching.Scoring;

namespace CrmErpPortal.Matching.Clustering;

/// <summary>Connected components (union–find) over the pairs at or above a probability; singletons are left out.</summary>
public static class DuplicateClusterer
{
    public static IReadOnlyList<DuplicateCluster> Cluster(IEnumerable<PairEvidence> pairs, double minimumProbability)
    {
        var parent = new Dictionary<string, string>(StringComparer.Ordinal);
        var links = new List<PairEvidence>();
        foreach (var pair in pairs.Where(p => p.Probability >= minimumProbability))
        {
            links.Add(pair);
            var (a, b) = (Root(parent, pair.LeftId), Root(parent, pair.RightId));
            if (a != b)
            {
                parent[a] = b;
            }
        }

        return links
            .GroupBy(p => Root(parent, p.LeftId), StringComparer.Ordinal)
            .Select(g => new DuplicateCluster(
                g.SelectMany(p => new[] { p.LeftId, p.RightId }).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray(),
                g.Count(),
                g.Min(p => p.Probability)))
            .OrderByDescending(c => c.RecordIds.Count)
            .ToArray();
    }

    private static string Root(Dictionary<string, string> parent, string id)
    {
        var root = id;
        while (parent.TryGetValue(root, out var next) && next != root)
        {
            root = next;
        }

        while (id != root && parent.TryGetValue(id, out var next))
        {
            parent[id] = root;
            id = next;
        }

        parent.TryAdd(root, root);
        return root;
    }
}
