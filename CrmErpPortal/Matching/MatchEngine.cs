using System.Diagnostics;
using CrmErpPortal.Matching.Blocking;
using CrmErpPortal.Matching.Clustering;
using CrmErpPortal.Matching.Scoring;
using CrmErpPortal.Matching.Training;

namespace CrmErpPortal.Matching;

/// <summary>Batch entity resolution: block, train (unless parameters are given), score, explain and cluster.</summary>
public sealed class MatchEngine(MatchEngineOptions? options = null)
{
    private readonly MatchEngineOptions options = options ?? new MatchEngineOptions();

    /// <summary>Finds the records within one list that are the same entity.</summary>
    public MatchResult Deduplicate(IReadOnlyList<MatchRecord> records) => Run([.. records], records.Count, link: false);

    /// <summary>Finds the pairs, one record from each list, that are the same entity.</summary>
    public MatchResult Link(IReadOnlyList<MatchRecord> left, IReadOnlyList<MatchRecord> right) =>
        Run([.. left, .. right], left.Count, link: true);

    /// <summary>About ten random pairs per record, between 50,000 and the configured ceiling: enough for stable u.</summary>
    private int UProbabilitySamples(int recordCount) =>
        Math.Min(options.RandomPairSamples, Math.Max(50_000, 10 * recordCount));

    private MatchResult Run(MatchRecord[] records, int leftCount, bool link)
    {
        // Evidence and clusters name records by id, so an id must mean one record across everything being matched.
        var ids = new HashSet<string>(StringComparer.Ordinal);
        if (records.FirstOrDefault(r => !ids.Add(r.Id)) is { } repeated)
        {
            throw new ArgumentException($"Record id '{repeated.Id}' appears more than once.", nameof(records));
        }

        var clock = Stopwatch.StartNew();
        var prepared = new PreparedRecord[records.Length];
        Parallel.For(0, records.Length, i => prepared[i] = RecordPreparer.Prepare(records[i]));
        var preparing = clock.Elapsed;

        clock.Restart();
        var index = new BlockIndex(options.Blocking);
        foreach (var record in prepared)
        {
            index.Add(record, keepSorted: false);
        }

        var pairs = link
            ? index.CandidatePairs((a, b) => a < leftCount != b < leftCount)
            : index.CandidatePairs((_, _) => true);
        options.CandidatePairsCounted?.Invoke(pairs.Length);
        var blocking = clock.Elapsed;

        clock.Restart();
        var patterns = new ulong[pairs.Length];
        var comparisons = options.Comparisons;
        Parallel.For(0, pairs.Length, i => patterns[i] = comparisons.Pattern(prepared[(int)(pairs[i] >> 32)], prepared[(int)pairs[i]]));
        var patternCounts = new Dictionary<ulong, long>();
        foreach (var pattern in patterns)
        {
            patternCounts[pattern] = patternCounts.GetValueOrDefault(pattern) + 1;
        }

        var sampler = new RandomPairSampler(prepared, link ? leftCount : 0);
        var parameters = options.Parameters ?? ModelTrainer.Train(
            comparisons, patternCounts, pairs.Length, sampler.TotalPairs, sampler.Draw, UProbabilitySamples(records.Length), options.Seed);
        var model = new MatchModel(comparisons, parameters);
        var training = clock.Elapsed;

        clock.Restart();
        var probabilities = patternCounts.Keys.ToDictionary(p => p, p => MatchModel.Probability(model.TotalWeight(p)));
        var thresholds = options.Thresholds;
        var scored = new List<PairEvidence>();
        for (var i = 0; i < pairs.Length; i++)
        {
            if (probabilities[patterns[i]] >= thresholds.Review)
            {
                scored.Add(model.Explain(prepared[(int)(pairs[i] >> 32)], prepared[(int)pairs[i]], patterns[i], thresholds));
            }
        }

        scored.Sort((a, b) => b.Probability.CompareTo(a.Probability));
        var clusters = DuplicateClusterer.Cluster(scored, thresholds.AutoLink);
        var candidates = pairs
            .Select(p => new CandidatePair((int)(p >> 32), link ? (int)p - leftCount : (int)p))
            .ToArray();
        var scoring = clock.Elapsed;

        return new MatchResult(pairs.Length, candidates, scored, clusters, parameters, new MatchTimings(preparing, blocking, training, scoring));
    }
}
