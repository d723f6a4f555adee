using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Matching.Comparisons;
using CrmErpPortal.Matching.Scoring;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.Duplicates.Scoring;

/// <summary>The matching parameters in use: the newest trained on this hub, else the starter model.</summary>
public sealed class DuplicateModelStore(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock)
{
    public async Task<ModelParameters?> LoadAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var json = await db.DuplicateModels.AsNoTracking().OrderByDescending(m => m.TrainedAt).Select(m => m.ParametersJson).FirstOrDefaultAsync(cancellationToken);
        if (json is null)
        {
            return null;
        }

        var parameters = ModelParameters.FromJson(json);
        try
        {
            _ = new MatchModel(ComparisonSet.Default(), parameters);
            return parameters;
        }
        catch (ArgumentException)
        {
            // Trained for an older set of comparisons: the next full re-score trains a fresh model.
            return null;
        }
    }

    public async Task SaveAsync(ModelParameters parameters, int recordCount, long candidatePairs, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.DuplicateModels.Add(new DuplicateModel
        {
            TrainedAt = clock.GetUtcNow(),
            RecordCount = recordCount,
            CandidatePairCount = candidatePairs,
            ParametersJson = parameters.ToJson(),
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
