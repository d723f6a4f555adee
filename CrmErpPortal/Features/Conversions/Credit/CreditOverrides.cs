using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.Conversions.Checks;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.Conversions.Credit;

public sealed record UsableOverride(Guid Id, CreditOverrideFacts Facts);

/// <summary>
/// An approved override applies to one CRM quote id, amount and currency, until it expires, once. The amount and
/// currency are compared by the checks; the quote id, the expiry and the single use here.
/// </summary>
public sealed class CreditOverrides(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock)
{
    public async Task<UsableOverride?> FindUsableAsync(string crmQuoteId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var candidates = await db.CreditRequests.AsNoTracking()
            .Where(r => r.Kind == CreditRequestKind.Override && r.CrmQuoteId == crmQuoteId && r.Status == CreditRequestStatus.Approved && r.UsedAt == null)
            .ToListAsync(cancellationToken);
        // Compared in memory: SQLite stores instants as ticks and cannot order DateTimeOffset in SQL.
        var usable = candidates.Where(r => r.ExpiresAt > now).OrderByDescending(r => r.DecidedAt).FirstOrDefault();
        return usable is null ? null : new UsableOverride(usable.Id, new CreditOverrideFacts(usable.Amount, usable.CurrencyCode));
    }

    /// <summary>Marks the override used; false when another conversion got there first (the row's version moved).</summary>
    public async Task<bool> ReserveAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.CreditRequests.SingleAsync(r => r.Id == id, cancellationToken);
        if (row.Status != CreditRequestStatus.Approved || row.UsedAt is not null || row.ExpiresAt <= clock.GetUtcNow())
        {
            return false;
        }

        row.Status = CreditRequestStatus.Used;
        row.UsedAt = clock.GetUtcNow();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
    }

    /// <summary>Gives a reserved override back when the ERP made no order for it (a refusal, not a timeout after commit).</summary>
    public async Task ReleaseAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.CreditRequests.SingleAsync(r => r.Id == id, cancellationToken);
        if (row.Status == CreditRequestStatus.Used && row.UsedForOrderNumber is null)
        {
            row.Status = CreditRequestStatus.Approved;
            row.UsedAt = null;
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
