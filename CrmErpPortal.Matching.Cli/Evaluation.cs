using CrmErpPortal.Matching.Scoring;

namespace CrmErpPortal.Matching.Cli;

/// <summary>Scores a run against known entities: blocking (pairs completeness, reduction ratio), pairs, clusters.</summary>
internal static class Evaluation
{
    public static void Print(MatchResult result, string[] leftEntities, string[]? rightEntities, IReadOnlyList<MatchRecord> left, IReadOnlyList<MatchRecord>? right, MatchThresholds thresholds, bool showMissed)
    {
        var link = rightEntities is not null;
        var rightSide = rightEntities ?? leftEntities;
        var truePairs = link
            ? leftEntities.GroupBy(e => e).Join(rightSide.GroupBy(e => e), l => l.Key, r => r.Key, (l, r) => (long)l.Count() * r.Count()).Sum()
            : leftEntities.GroupBy(e => e).Sum(g => (long)g.Count() * (g.Count() - 1) / 2);
        double totalPairs = link ? (double)leftEntities.Length * rightSide.Length : (double)leftEntities.Length * (leftEntities.Length - 1) / 2;

        var found = result.CandidatePairs.LongCount(p => leftEntities[p.Left] == rightSide[p.Right]);
        Console.WriteLine($"true pairs            {truePairs:N0}");
        Console.WriteLine($"pairs completeness    {(double)found / truePairs:F5} ({found:N0} of {truePairs:N0} true pairs are candidates)");
        if (showMissed)
        {
            var candidateSet = result.CandidatePairs.ToHashSet();
            var rightRecords = right ?? left;
            for (var i = 0; i < leftEntities.Length; i++)
            {
                for (var j = link ? 0 : i + 1; j < rightSide.Length; j++)
                {
                    if (leftEntities[i] == rightSide[j] && !candidateSet.Contains(new CandidatePair(i, j)))
                    {
                        Console.WriteLine($"  missed: {left[i]}\n          {rightRecords[j]}");
                    }
                }
            }
        }

        Console.WriteLine($"reduction ratio       {1 - result.CandidatePairCount / totalPairs:F5}");

        var leftEntityById = left.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => leftEntities[x.i], StringComparer.Ordinal);
        var rightEntityById = link
            ? right!.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => rightSide[x.i], StringComparer.Ordinal)
            : leftEntityById;
        bool IsTrue(PairEvidence p) => leftEntityById[p.LeftId] == rightEntityById[p.RightId];

        var autoLinked = result.Pairs.Where(p => p.Band == MatchBand.AutoLink).ToArray();
        Console.WriteLine($"pairs >= {thresholds.AutoLink} (AutoLink)  {new PairMetrics(autoLinked.LongCount(IsTrue), autoLinked.Length, truePairs)}");
        Console.WriteLine($"pairs >= {thresholds.Review} (Review+)   {new PairMetrics(result.Pairs.LongCount(IsTrue), result.Pairs.Count, truePairs)}");

        if (!link)
        {
            PrintClusters(result, leftEntityById, truePairs);
        }
    }

    private static void PrintClusters(MatchResult result, Dictionary<string, string> entityById, long truePairs)
    {
        var trueClusters = entityById.GroupBy(p => p.Value).Where(g => g.Count() > 1)
            .Select(g => string.Join('\n', g.Select(p => p.Key).Order(StringComparer.Ordinal)))
            .ToHashSet(StringComparer.Ordinal);
        var exact = result.Clusters.Count(c => trueClusters.Contains(string.Join('\n', c.RecordIds)));
        long predictedPairs = 0, truePositives = 0;
        foreach (var cluster in result.Clusters)
        {
            predictedPairs += (long)cluster.RecordIds.Count * (cluster.RecordIds.Count - 1) / 2;
            truePositives += cluster.RecordIds.GroupBy(id => entityById[id]).Sum(g => (long)g.Count() * (g.Count() - 1) / 2);
        }

        Console.WriteLine($"clusters (size >= 2)  predicted {result.Clusters.Count:N0}, true {trueClusters.Count:N0}, exactly recovered {exact:N0} ({(double)exact / trueClusters.Count:F4} of true), largest predicted {result.Clusters.FirstOrDefault()?.RecordIds.Count ?? 0}");
        Console.WriteLine($"cluster pairs (closure) {new PairMetrics(truePositives, predictedPairs, truePairs)}");
    }
}
