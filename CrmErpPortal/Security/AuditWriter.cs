using System.Security.Claims;
using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Security;

/// <summary>Appends to the audit trail: who did what to which record, and when.</summary>
public sealed class AuditWriter(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock)
{
    public async Task WriteAsync(
        ClaimsPrincipal user, string action, string entityType, string entityId, CancellationToken cancellationToken, string? afterJson = null)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.AuditEvents.Add(AuditEvents.By(user, action, entityType, entityId, clock.GetUtcNow(), afterJson: afterJson));
        await db.SaveChangesAsync(cancellationToken);
    }
}
