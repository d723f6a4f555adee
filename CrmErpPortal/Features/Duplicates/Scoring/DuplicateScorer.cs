using CrmErpPortal.Data.Entities;
using CrmErpPortal.Matching;
using CrmErpPortal.Matching.Comparisons;
using CrmErpPortal.Matching.Scoring;

namespace CrmErpPortal.Features.Duplicates.Scoring;

/// <summary>
/// Scores the hub's customers for duplicates. A full re-score trains the model on the whole hub (or uses the starter
/// model on a small one), keeps the parameters, and re-scores every pair; a changed-customers run scores only the
/// customers updated since the last run, each against the whole hub through the engine's live index, with the kept model.
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
        await models.SaveAsync(result.Parameters, records.Length, result.CandidatePairCount, cancellationToken);
        await runs.ProgressAsync(runId, $"Saving {result.Pairs.Count:N0} possible duplicates", records.Length, records.Length, cancellationToken, result.CandidatePairCount);

        var byId = records.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var counts = await writer.ApplyAsync(result.Pairs, byId, scope: null, cancellationToken);
        await clusters.AssignAsync(cancellationToken);
        await runs.SucceedAsync(runId, counts, changesUpTo, cancellationToken);
    }

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
        var total = await loader.CountAsync(cancellationToken);
        var rows = await loader.LoadAllAsync(n => runs.ProgressAsync(runId, "Reading customers", n, total, cancellationToken), cancellationToken);
        var changed = rows.Where(r => r.UpdatedAt > since - Overlap).ToList();
        var records = rows.Select(HubMatchRecords.From).ToDictionary(r => r.Id, StringComparer.Ordinal);
        var pairs = new List<PairEvidence>();
        if (changed.Count > 0)
        {
            var index = new MatchIndex(new MatchModel(ComparisonSet.Default(), parameters));
            index.AddRange(records.Values);
            foreach (var row in changed)
            {
                pairs.AddRange(index.Score(records[row.Id.ToString()]));
            }
        }

        await runs.ProgressAsync(runId, $"Scored {changed.Count:N0} new or changed customers", rows.Count, rows.Count, cancellationToken);
        var counts = await writer.ApplyAsync(pairs, records, changed.Select(r => r.Id).ToHashSet(), cancellationToken);
        if (counts != new CandidateCounts(0, 0, 0))
        {
            await clusters.AssignAsync(cancellationToken);
        }

        await runs.SucceedAsync(runId, counts, changesUpTo, cancellationToken);
    }
}
