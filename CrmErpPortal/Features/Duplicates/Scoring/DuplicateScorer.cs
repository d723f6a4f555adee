using CrmErpPortal.Data.Entities;
using CrmErpPortal.Matching;
using CrmErpPortal.Matching.Comparisons;
using CrmErpPortal.Matching.Scoring;

namespace CrmErpPortal.Features.Duplicates.Scoring;

/// <summary>
/// Scores the hub's customers for duplicates. A full re-score trains the model on the whole hub (or uses the starter
/// model on a small one), keeps the parameters, and re-scores every pair; a changed-customers run scores only the
/// customers updated since the last run, each against the whole hub through the engine's live index (kept warm between
/// runs), with the kept model.
/// </summary>
public sealed class DuplicateScorer(
    HubCustomerLoader loader, DuplicateModelStore models, CandidateWriter writer, ClusterAssigner clusters, ScoringRunTracker runs, TimeProvider clock)
{
    /// <summary>A change stamped just before the last checkpoint may have committed just after it was read: look back a little (re-scoring is harmless).</summary>
    public static readonly TimeSpan Overlap = TimeSpan.FromSeconds(30);

    public async Task ScoreAllAsync(Guid runId, CancellationToken cancellationToken)
    {
        await runs.StartAsync(runId, ScoringRunKind.Full, cancellationToken);
        var changesUpTo = clock.GetUtcNow();
        var total = await loader.CountAsync(cancellationToken);
        var rows = await loader.LoadAllAsync(n => runs.ProgressAsync(runId, "Reading customers", n, total, cancellationToken), cancellationToken);
        var records = rows.Select(HubMatchRecords.From).ToArray();
        // The engine reports no progress while it blocks, trains and scores (seconds, even at 100,000): with every
        // customer read, the page shows the bar as indeterminate until the run ends.
        await runs.ProgressAsync(runId, $"Comparing {records.Length:N0} customers and training the model", records.Length, records.Length, cancellationToken);

        var comparisons = ComparisonSet.Default();
        var engine = new MatchEngine(new MatchEngineOptions
        {
            Comparisons = comparisons,
            Parameters = records.Length < StarterModel.MinimumTrainingRecords ? StarterModel.For(comparisons) : null,
        });
        var result = engine.Deduplicate(records);
        _warm = null; // a new model: the next changed-customers run builds its index with it
        await models.SaveAsync(result.Parameters, records.Length, result.CandidatePairCount, cancellationToken);
        await runs.ProgressAsync(runId, $"Saving {result.Pairs.Count:N0} possible duplicates", records.Length, records.Length, cancellationToken, result.CandidatePairCount);

        var byId = records.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var counts = await writer.ApplyAsync(result.Pairs, byId, scope: null, cancellationToken);
        await clusters.AssignAsync(cancellationToken);
        await runs.SucceedAsync(runId, counts, changesUpTo, cancellationToken);
    }

    // The engine's live index of every customer, kept between changed-customers runs so that one run costs a query
    // for what changed plus a remove/add and a score per changed customer (milliseconds), not a reload and rebuild of
    // the whole hub (seconds at 100,000). Runs are serialised by the scoring lock, so only one run touches it at a time.
    private WarmIndex? _warm;

    private sealed record WarmIndex(string ModelKey, MatchIndex Index, Dictionary<string, MatchRecord> Records);

    private sealed record WarmRun(MatchIndex Index, Dictionary<string, MatchRecord> Records, IReadOnlyList<Guid> Changed);

    /// <summary>Scores the customers changed since the last run; a hub never scored gets a full re-score instead.</summary>
    public async Task ScoreChangedAsync(Guid runId, CancellationToken cancellationToken)
    {
        var since = await runs.CheckpointAsync(cancellationToken);
        var parameters = await models.LoadAsync(cancellationToken);
        if (since is null || parameters is null)
        {
            await ScoreAllAsync(runId, cancellationToken);
            return;
        }

        await runs.StartAsync(runId, ScoringRunKind.Changed, cancellationToken);
        var changesUpTo = clock.GetUtcNow();
        var warm = await WarmIndexAsync(runId, parameters, since.Value - Overlap, cancellationToken);
        var records = warm.Records;
        var changed = warm.Changed;
        var pairs = new List<PairEvidence>();
        foreach (var id in changed)
        {
            pairs.AddRange(warm.Index.Score(records[id.ToString()]));
        }

        await runs.ProgressAsync(runId, $"Scored {changed.Count:N0} new or changed customers", records.Count, records.Count, cancellationToken);
        var counts = await writer.ApplyAsync(pairs, records, changed.ToHashSet(), cancellationToken);
        if (counts != new CandidateCounts(0, 0, 0))
        {
            await clusters.AssignAsync(cancellationToken);
        }

        await runs.SucceedAsync(runId, counts, changesUpTo, cancellationToken);
    }

    private async Task<WarmRun> WarmIndexAsync(Guid runId, ModelParameters parameters, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var modelKey = parameters.ToJson();
        var changedRows = await loader.ChangedSinceAsync(since, cancellationToken);
        if (_warm is null || _warm.ModelKey != modelKey)
        {
            var total = await loader.CountAsync(cancellationToken);
            var rows = await loader.LoadAllAsync(n => runs.ProgressAsync(runId, "Reading customers", n, total, cancellationToken), cancellationToken);
            var all = rows.Select(HubMatchRecords.From).ToDictionary(r => r.Id, StringComparer.Ordinal);
            var index = new MatchIndex(new MatchModel(ComparisonSet.Default(), parameters));
            index.AddRange(all.Values);
            _warm = new WarmIndex(modelKey, index, all);
        }
        else
        {
            foreach (var (id, _) in changedRows.Where(c => c.MergedAway))
            {
                _warm.Index.Remove(id.ToString());
                _warm.Records.Remove(id.ToString());
            }

            foreach (var row in await loader.LoadAsync([.. changedRows.Where(c => !c.MergedAway).Select(c => c.Id)], cancellationToken))
            {
                var record = HubMatchRecords.From(row);
                _warm.Index.Remove(record.Id);
                _warm.Index.Add(record);
                _warm.Records[record.Id] = record;
            }
        }

        return new WarmRun(_warm.Index, _warm.Records, [.. changedRows.Where(c => !c.MergedAway).Select(c => c.Id)]);
    }
}
