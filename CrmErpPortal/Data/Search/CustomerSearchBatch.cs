using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Data.Search;

/// <summary>
/// Saves a bulk write (one sync page) so that the SQLite search index is refreshed once for the customers the page
/// touched, in the same transaction, instead of by per-row triggers (<see cref="SqliteCustomerSearchIndex.DeferTriggers"/>).
/// A few rows (a webhook's single customer) save plainly: swapping the triggers is a schema change, which every other
/// connection then re-reads. Other providers have no trigger-kept index: a plain save.
/// </summary>
public static class CustomerSearchBatch
{
    public const int DefaultMinimumChanges = 20;

    public static async Task SaveChangesAsync(PortalDbContext db, CancellationToken cancellationToken, int minimumChanges = DefaultMinimumChanges)
    {
        if (!db.Database.IsSqlite()
            || db.ChangeTracker.Entries().Count(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted) < Math.Max(1, minimumChanges))
        {
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync(SqliteCustomerSearchIndex.DeferTriggers, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync(SqliteCustomerSearchIndex.ResumeTriggers, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
