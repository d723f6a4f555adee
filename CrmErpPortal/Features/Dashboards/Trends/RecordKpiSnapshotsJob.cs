using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.Dashboards.Leadership;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.Dashboards.Trends;

public sealed record KpiSnapshotRun(DateOnly WeekStart, int Rows);

/// <summary>
/// Records the dashboard's headline KPIs for the current snapshot week, for all countries and for NZ and AU, by running
/// the dashboard's own query (so a trend point is exactly what the dashboard showed). Idempotent: the week's rows are
/// replaced in one transaction, and a unique index on (country, week, KPI, currency) refuses a duplicate from a
/// concurrent run.
/// </summary>
public sealed class RecordKpiSnapshotsJob(IDbContextFactory<PortalDbContext> contexts, GetLeadershipDashboardQuery dashboards, TimeProvider clock)
{
    public static readonly IReadOnlyList<string?> Countries = [null, "NZ", "AU"];

    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task<KpiSnapshotRun> RunAsync(CancellationToken cancellationToken)
    {
        var takenAt = clock.GetUtcNow();
        var week = SnapshotWeek.Of(takenAt);
        var values = new List<(string Country, KpiValue Value)>();
        foreach (var country in Countries)
        {
            var dashboard = await dashboards.ExecuteAsync(new DashboardFilter(country, null, null, week.Start, week.PeriodEnd), cancellationToken);
            values.AddRange(KpiCatalog.Read(dashboard).Select(v => (country ?? KpiSnapshot.AllCountries, v)));
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // SQL Server retries on transient faults; a retrying strategy must own the whole transaction.
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.KpiSnapshots.Where(s => s.WeekStart == week.Start).ExecuteDeleteAsync(cancellationToken);
            db.KpiSnapshots.AddRange(values.Select(v => new KpiSnapshot
            {
                WeekStart = week.Start,
                Kpi = v.Value.Kpi.Key,
                Country = v.Country,
                Currency = v.Value.Currency,
                Value = v.Value.Value,
                TakenAt = takenAt,
            }));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        });
        return new KpiSnapshotRun(week.Start, values.Count);
    }
}
