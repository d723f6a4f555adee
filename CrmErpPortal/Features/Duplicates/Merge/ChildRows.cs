using CrmErpPortal.Data;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.Duplicates.Merge;

/// <summary>
/// The rows that hang off a customer and move with a merge. Moves are set-based updates of CustomerId only; versioned
/// rows get their version bumped, so a writer holding the row from before the move cannot save over it unnoticed.
/// </summary>
public static class ChildRows
{
    public static async Task<MovedRows> OfAsync(PortalDbContext db, Guid customerId, CancellationToken ct) => new MovedRows(
        await db.SourceLinks.Where(x => x.CustomerId == customerId).Select(x => x.Id).ToListAsync(ct),
        await db.Contacts.Where(x => x.CustomerId == customerId).Select(x => x.Id).ToListAsync(ct),
        await db.Invoices.Where(x => x.CustomerId == customerId).Select(x => x.Id).ToListAsync(ct),
        await db.SalesOrders.Where(x => x.CustomerId == customerId).Select(x => x.Id).ToListAsync(ct),
        await db.Quotes.Where(x => x.CustomerId == customerId).Select(x => x.Id).ToListAsync(ct),
        await db.Opportunities.Where(x => x.CustomerId == customerId).Select(x => x.Id).ToListAsync(ct),
        await db.ServiceCases.Where(x => x.CustomerId == customerId).Select(x => x.Id).ToListAsync(ct),
        await db.CreditProfiles.Where(x => x.CustomerId == customerId).Select(x => x.Id).ToListAsync(ct),
        await db.ConversionIssues.Where(x => x.CustomerId == customerId).Select(x => x.Id).ToListAsync(ct))
    {
        CreditRequests = await db.CreditRequests.Where(x => x.CustomerId == customerId).Select(x => x.Id).ToListAsync(ct),
    };

    /// <summary>
    /// Moves the listed rows from <paramref name="from"/> to <paramref name="to"/> (a row deleted since is simply gone).
    /// A merge stamps the links it moves with their first owner, unless an earlier merge already did; the unmerge of
    /// that merge clears only its own stamps, so chains of merges unwind exactly.
    /// </summary>
    public static async Task MoveAsync(PortalDbContext db, MovedRows rows, Guid from, Guid to, bool unmerging, CancellationToken ct)
    {
        var links = db.SourceLinks.Where(x => rows.SourceLinks.Contains(x.Id));
        await (unmerging
            ? links.Where(x => x.MergedFromCustomerId == to).ExecuteUpdateAsync(s => s.SetProperty(x => x.MergedFromCustomerId, (Guid?)null), ct)
            : links.Where(x => x.MergedFromCustomerId == null).ExecuteUpdateAsync(s => s.SetProperty(x => x.MergedFromCustomerId, from), ct));
        await links.ExecuteUpdateAsync(s => s.SetProperty(x => x.CustomerId, to).SetProperty(x => x.Version, x => x.Version + 1), ct);
        await db.Contacts.Where(x => rows.Contacts.Contains(x.Id)).ExecuteUpdateAsync(s => s.SetProperty(x => x.CustomerId, to), ct);
        await db.Invoices.Where(x => rows.Invoices.Contains(x.Id)).ExecuteUpdateAsync(s => s.SetProperty(x => x.CustomerId, to), ct);
        await db.SalesOrders.Where(x => rows.SalesOrders.Contains(x.Id)).ExecuteUpdateAsync(s => s.SetProperty(x => x.CustomerId, to), ct);
        await db.Quotes.Where(x => rows.Quotes.Contains(x.Id)).ExecuteUpdateAsync(s => s.SetProperty(x => x.CustomerId, to), ct);
        await db.Opportunities.Where(x => rows.Opportunities.Contains(x.Id)).ExecuteUpdateAsync(s => s.SetProperty(x => x.CustomerId, to), ct);
        await db.ServiceCases.Where(x => rows.ServiceCases.Contains(x.Id)).ExecuteUpdateAsync(s => s.SetProperty(x => x.CustomerId, to), ct);
        await db.CreditProfiles.Where(x => rows.CreditProfiles.Contains(x.Id)).ExecuteUpdateAsync(s => s.SetProperty(x => x.CustomerId, to).SetProperty(x => x.Version, x => x.Version + 1), ct);
        await db.ConversionIssues.Where(x => rows.ConversionIssues.Contains(x.Id)).ExecuteUpdateAsync(s => s.SetProperty(x => x.CustomerId, to).SetProperty(x => x.Version, x => x.Version + 1), ct);
        await db.CreditRequests.Where(x => rows.CreditRequests.Contains(x.Id)).ExecuteUpdateAsync(s => s.SetProperty(x => x.CustomerId, to).SetProperty(x => x.Version, x => x.Version + 1), ct);
    }
}
