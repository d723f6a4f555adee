using CrmErpPortal.Matching.Blocking;
using CrmErpPortal.Matching.Scoring;

namespace CrmErpPortal.Matching;

/// <summary>
/// A live, trained index for the app: add and remove records as they change, and score one new or changed record
/// against everything indexed (blocking first, so the cost does not grow with the index). Score calls may run
/// concurrently with each other; Add and Remove must be serialised with everything else.
/// </summary>
public sealed class MatchIndex(MatchModel model, BlockingOptions? blocking = null, MatchThresholds? thresholds = null)
{
    private readonly BlockIndex index = new(blocking ?? new BlockingOptions());
    private readonly Dictionary<string, int> slotsById = new(StringComparer.Ordinal);
    private readonly MatchThresholds thresholds = thresholds ?? new MatchThresholds();

    public int Count => slotsById.Count;

    public MatchModel Model => model;

    /// <summary>Adds a record, replacing any earlier version with the same id.</summary>
    public void Add(MatchRecord record)
    {
        Remove(record.Id);
        slotsById[record.Id] = index.Add(RecordPreparer.Prepare(record), keepSorted: true);
    }

    public void AddRange(IEnumerable<MatchRecord> records)
    {
        foreach (var record in records)
        {
            Add(record);
        }
    }

    public bool Remove(string id)
    {
        if (!slotsById.Remove(id, out var slot))
        {
            return false;
        }

        index.Remove(slot);
        return true;
    }

    /// <summary>The indexed records that <paramref name="record"/> may be, at or above <paramref name="minimumBand"/>, best first.</summary>
    public IReadOnlyList<PairEvidence> Score(MatchRecord record, MatchBand minimumBand = MatchBand.Review)
    {
        var probe = RecordPreparer.Prepare(record);
        var results = new List<PairEvidence>();
        foreach (var slot in index.CandidatesOf(probe))
        {
            var other = index[slot];
            if (other is null || other.Source.Id == record.Id)
            {
                continue;
            }

            // Most candidates fall short: weigh the pattern first and build evidence only for those that count.
            var pattern = model.Comparisons.Pattern(probe, other);
            if (thresholds.BandOf(MatchModel.Probability(model.TotalWeight(pattern))) >= minimumBand)
            {
                results.Add(model.Explain(probe, other, pattern, thresholds));
            }
        }

        results.Sort((a, b) => b.Probability.CompareTo(a.Probability));
        return results;
    }
}
