using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.Dashboards.Leadership;

public sealed record DashboardFilterOptions(IReadOnlyList<string> Segments, IReadOnlyList<string> Owners);

/// <summary>The segments and owners the hub's customers have, for the filter's drop-downs.</summary>
public sealed class GetDashboardFilterOptionsQuery(IDbContextFactory<PortalDbContext> contexts)
{
    public async Task<DashboardFilterOptions> ExecuteAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var live = db.Customers.Where(c => c.Status != CustomerStatus.Merged);
        return new DashboardFilterOptions(
            await live.Where(c => c.Segment != null).Select(c => c.Segment!).Distinct().OrderBy(s => s).ToListAsync(cancellationToken),
            await live.Where(c => c.OwnerName != null).Select(c => c.OwnerName!).Distinct().OrderBy(s => s).ToListAsync(cancellationToken));
    }
}
