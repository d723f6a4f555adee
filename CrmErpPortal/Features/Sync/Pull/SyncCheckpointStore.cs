using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.Sync.Pull;

/// <summary>Where each pull left off, per system and entity: a delta link (CRM) or a modified-time watermark (ERP).</summary>
public sealed class SyncCheckpointStore(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock)
{
    public async Task<SyncCheckpoint?> GetAsync(SourceSystem system, string entity, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.SyncCheckpoints.AsNoTracking().SingleOrDefaultAsync(c => c.System == system && c.Entity == entity, cancellationToken);
    }

    public async Task SaveAsync(SourceSystem system, string entity, string? deltaToken, DateTimeOffset? watermark, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var checkpoint = await db.SyncCheckpoints.SingleOrDefaultAsync(c => c.System == system && c.Entity == entity, cancellationToken);
        if (checkpoint is null)
        {
            checkpoint = new SyncCheckpoint { System = system, Entity = entity };
            db.SyncCheckpoints.Add(checkpoint);
        }

        checkpoint.DeltaToken = deltaToken;
        checkpoint.Watermark = watermark;
        checkpoint.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
    }
}
