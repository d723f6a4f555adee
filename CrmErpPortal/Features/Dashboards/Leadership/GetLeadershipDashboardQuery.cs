using CrmErpPortal.Data;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.Dashboards.Leadership;

/// <summary>
/// The whole dashboard for one filter. Each section carries the time its figures were true: the computation time for
/// hub-owned figures, and the last successful sync of the entities it reads for mirrored ones (null: never synced).
/// </summary>
public sealed record LeadershipDashboard(
    DashboardFilter Filter,
    DateTimeOffset ComputedAt,
    DateTimeOffset? CrmAsOf,
    DateTimeOffset? ErpAsOf,
    RevenueSection Revenue,
    ReceivablesSection Receivables,
    DataQualitySection DataQuality,
    IntegrationSection Integration);

public sealed class GetLeadershipDashboardQuery(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock)
{
    public async Task<LeadershipDashboard> ExecuteAsync(DashboardFilter filter, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var integration = await IntegrationSection.LoadAsync(db, now, cancellationToken);
        return new LeadershipDashboard(
            filter,
            now,
            OldestOf(integration, Data.Entities.SourceSystem.Crm),
            OldestOf(integration, Data.Entities.SourceSystem.Erp),
            await RevenueSection.LoadAsync(db, filter, cancellationToken),
            await ReceivablesSection.LoadAsync(db, filter, cancellationToken),
            await DataQualitySection.LoadAsync(db, filter, now, cancellationToken),
            integration);
    }

    /// <summary>A system's figures are as fresh as its least recently synced entity.</summary>
    private static DateTimeOffset? OldestOf(IntegrationSection integration, Data.Entities.SourceSystem system)
    {
        var lags = integration.Lags.Where(l => l.System == system).ToList();
        return lags.Count == 0 || lags.Any(l => l.LastSucceeded is null) ? null : lags.Min(l => l.LastSucceeded);
    }
}
