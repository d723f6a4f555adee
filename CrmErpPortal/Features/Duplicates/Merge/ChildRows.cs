using CrmErpPortal.Data;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.Duplicates.Merge;

/// <summary>
/// The rows that hang off a customer and move with a merge. Moves are set-based updates of CustomerId only; versioned
/// rows get their version bumped, so a writer holding the row from before the move cannot save over it unnoticed.
/// </summary>
public static class ChildRows
{
    public static async Task<MovedRows> OfAsync(PortalDbContext db, Guid customerId, CancellationToken ct) => new(
        await db.SourceLinks.Where(x => x.CustomerId == customerId).Select(x => x.Id).ToListAsync(ct),
        await db.Contacts.Where(x => x.CustomerId == customerId).Select(x => x.Id).ToListAsync(ct),
        await db.Invoices.Where(x => x.CustomerId == customerId).Select(x => x.Id).ToListAsync(ct),
        await db.SalesOrders.Where(x => x.CustomerId == customerId).Select(x => x.Id).ToListAsync(ct),
        await db.Quotes.Where(x => x.CustomerId == customerId).Select(x => x.Id).ToListAsync(ct),
        await db.Opportunities.Where(x => x.CustomerId == customerId).Select(x => x.Id).ToListAsync(ct),
        await db.ServiceCases.Where(x => x.CustomerId == customerId).Select(x => x.Id).ToListAsync(ct),
        await db.CreditProfiles.Where(x => x.CustomerId == customerId).Select(x => x.Id).ToListAsync(ct),
        await db.ConversionIssues.Where(x => x.CustomerId == customerId).Select(x => x.Id).ToListAsync(ct));

    /// <summary>Moves the listed rows to <paramref name="to"/> (only rows still listed; a row deleted since is simply gone).</summary>
    public static async Task MoveAsync(PortalDbContext db, MovedRows rows, Guid to, CancellationToken ct)
    {
        await db.SourceLinks.Where(x => rows.SourceLinks.Contains(x.Id)).ExecuteUpdateAsync(s => s.SetProperty(x => x.CustomerId, to).SetProperty(x => x.Version, x => x.Version + 1), ct);
        await db.Contacts.Where(x => rows.Contacts.Contains(x.Id)).ExecuteUpdateAsync(s => s.SetProperty(x => x.CustomerId, to), ct);
        await db.Invoices.Where(x => rows.Invoices.Contains(x.Id)).ExecuteUpdateAsync(s => s.SetProperty(x => x.CustomerId, to), ct);
        await db.SalesOrders.Where(x => rows.SalesOrders.Contains(x.Id)).ExecuteUpdateAsync(s => s.SetProperty(x => x.CustomerId, to), ct);
        await db.Quotes.Where(x => rows.Quotes.Contains(x.Id)).ExecuteUpdateAsync(s => s.SetProperty(x => x.CustomerId, to), ct);
        await db.Opportunities.Where(x => rows.Opportunities.Contains(x.Id)).ExecuteUpdateAsync(s => s.SetProperty(x => x.CustomerId, to), ct);
        await db.ServiceCases.Where(x => rows.ServiceCases.Contains(x.Id)).ExecuteUpdateAsync(s => s.SetProperty(x => x.CustomerId, to), ct);
        await db.CreditProfiles.Where(x => rows.CreditProfiles.Contains(x.Id)).ExecuteUpdateAsync(s => s.SetProperty(x => x.CustomerId, to).SetProperty(x => x.Version, x => x.Version + 1), ct);
        await db.ConversionIssues.Where(x => rows.ConversionIssues.Contains(x.Id)).ExecuteUpdateAsync(s => s.SetProperty(x => x.CustomerId, to).SetProperty(x => x.Version, x => x.Version + 1), ct);
    }
}
