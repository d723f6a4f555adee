using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.Sync.Pull;

/// <summary>
/// After a full read of a source: its live links that the read did not see were deleted there meanwhile (an expired
/// CRM change-tracking token, or ERP polling, which cannot see deletions at all).
/// </summary>
public sealed class SourceLinkReconciler(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock)
{
    public async Task<int> MarkMissingDeletedAsync(SourceSystem system, IReadOnlySet<Guid> seen, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var live = await db.SourceLinks.Where(l => l.System == system && !l.IsDeletedAtSource).ToListAsync(cancellationToken);
        var missing = live.Where(l => !seen.Contains(Guid.Parse(l.ExternalId))).ToList();
        foreach (var link in missing)
        {
            link.IsDeletedAtSource = true;
            link.LastSeenAt = clock.GetUtcNow();
        }

        await db.SaveChangesAsync(cancellationToken);
        return missing.Count;
    }
}
