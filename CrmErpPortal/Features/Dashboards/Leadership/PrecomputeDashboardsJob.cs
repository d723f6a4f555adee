namespace CrmErpPortal.Features.Dashboards.Leadership;

/// <summary>Keeps the views leadership opens first (this month: everyone, NZ, AU) computed, so the page answers at once.</summary>
public sealed class PrecomputeDashboardsJob(DashboardSnapshots snapshots, TimeProvider clock)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var thisMonth = DashboardFilter.ThisMonth(clock.GetUtcNow());
        foreach (var country in new string?[] { null, "NZ", "AU" })
        {
            await snapshots.RefreshAsync(thisMonth with { Country = country }, cancellationToken);
        }
    }
}
