using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.Sync.Pull;

/// <summary>
/// Makes linking independent of which system was pulled first. When a CRM-only golden record and an ERP-only one
/// carry the same exact key (the CRM account number equals the ERP customer number, unambiguously), the ERP side is
/// folded into the CRM side: its link, credit profile, invoices and orders move over and the sync-made ERP-only
/// record goes. Anything ambiguous, or a record people have already worked on, is left for the duplicate queue.
/// </summary>
public sealed class ExactKeyLinker(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock)
{
    public async Task<int> LinkAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var live = db.SourceLinks.Where(l => !l.IsDeletedAtSource && l.ExternalNumber != null);
        var uniqueCrmNumbers = live.Where(l => l.System == SourceSystem.Crm)
            .GroupBy(l => l.ExternalNumber).Where(g => g.Count() == 1).Select(g => g.Key);
        var pairs = await (
            from crm in live.Where(l => l.System == SourceSystem.Crm && uniqueCrmNumbers.Contains(l.ExternalNumber))
            join erp in live.Where(l => l.System == SourceSystem.Erp) on crm.ExternalNumber equals erp.ExternalNumber
            where crm.CustomerId != erp.CustomerId
                && !db.SourceLinks.Any(o => o.CustomerId == crm.CustomerId && o.System == SourceSystem.Erp && !o.IsDeletedAtSource)
                && !db.SourceLinks.Any(o => o.CustomerId == erp.CustomerId && o.System == SourceSystem.Crm)
            orderby crm.Id
            select new { CrmCustomer = crm.CustomerId, ErpCustomer = erp.CustomerId, ErpLinkId = erp.Id })
            .Take(5_000)
            .ToListAsync(cancellationToken);

        var folded = 0;
        foreach (var pair in pairs)
        {
            if (await HasPeopleWorkAsync(db, pair.ErpCustomer, cancellationToken))
            {
                continue;
            }

            await db.SourceLinks.Where(l => l.Id == pair.ErpLinkId).ExecuteUpdateAsync(s => s.SetProperty(l => l.CustomerId, pair.CrmCustomer), cancellationToken);
            await db.CreditProfiles.Where(p => p.CustomerId == pair.ErpCustomer).ExecuteUpdateAsync(s => s.SetProperty(p => p.CustomerId, pair.CrmCustomer), cancellationToken);
            await db.Invoices.Where(i => i.CustomerId == pair.ErpCustomer).ExecuteUpdateAsync(s => s.SetProperty(i => i.CustomerId, pair.CrmCustomer), cancellationToken);
            await db.SalesOrders.Where(o => o.CustomerId == pair.ErpCustomer).ExecuteUpdateAsync(s => s.SetProperty(o => o.CustomerId, pair.CrmCustomer), cancellationToken);
            var erpSide = await db.Customers.SingleAsync(c => c.Id == pair.ErpCustomer, cancellationToken);
            var crmSide = await db.Customers.SingleAsync(c => c.Id == pair.CrmCustomer, cancellationToken);
            crmSide.CustomerNumber = erpSide.CustomerNumber;
            crmSide.BusinessNumber ??= erpSide.BusinessNumber;
            if (crmSide.BusinessNumberKind == BusinessNumberKind.None)
            {
                crmSide.BusinessNumberKind = erpSide.BusinessNumberKind;
            }

            if (crmSide.Status == CustomerStatus.Prospect)
            {
                crmSide.Status = CustomerStatus.Active;
            }

            crmSide.UpdatedAt = clock.GetUtcNow();
            db.Customers.Remove(erpSide);
            await db.SaveChangesAsync(cancellationToken);
            folded++;
        }

        return folded;
    }

    /// <summary>Duplicate pairs, change requests, conversion issues or merges mean a person has seen this record: keep it.</summary>
    private static async Task<bool> HasPeopleWorkAsync(PortalDbContext db, Guid customerId, CancellationToken cancellationToken) =>
        await db.DuplicateCandidates.AnyAsync(d => d.CustomerAId == customerId || d.CustomerBId == customerId, cancellationToken)
        || await db.ChangeRequests.AnyAsync(r => r.CustomerId == customerId, cancellationToken)
        || await db.ConversionIssues.AnyAsync(i => i.CustomerId == customerId, cancellationToken)
        || await db.CreditRequests.AnyAsync(r => r.CustomerId == customerId, cancellationToken)
        || await db.MergeRecords.AnyAsync(m => m.SurvivorCustomerId == customerId || m.MergedCustomerId == customerId, cancellationToken)
        || await db.Customers.AnyAsync(c => c.MergedIntoCustomerId == customerId, cancellationToken);
}
