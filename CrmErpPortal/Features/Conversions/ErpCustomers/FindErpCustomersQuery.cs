using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Integration;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.Conversions.ErpCustomers;

/// <param name="LinkedToCrm">The ERP customer already belongs to a CRM account in the portal (a merge, not a link, joins them).</param>
public sealed record ErpCustomerCandidate(Guid ErpCustomerId, string Number, string Name, bool LinkedToCrm);

/// <summary>
/// ERP customers to link to, by number or name: from the hub's mirror of the ERP (every pulled ERP customer), and by
/// exact number live from the ERP for one the pull has not seen yet.
/// </summary>
public sealed class FindErpCustomersQuery(IDbContextFactory<PortalDbContext> contexts, IErpConnector erp)
{
    public async Task<IReadOnlyList<ErpCustomerCandidate>> ExecuteAsync(string text, CancellationToken cancellationToken)
    {
        text = text.Trim();
        if (text.Length < 2)
        {
            return [];
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var upper = text.ToUpperInvariant();
        var lower = text.ToLowerInvariant();
        var rows = await db.SourceLinks.AsNoTracking()
            .Where(l => l.System == SourceSystem.Erp && !l.IsDeletedAtSource)
            .Join(db.Customers, l => l.CustomerId, c => c.Id, (l, c) => new { l.ExternalId, l.ExternalNumber, c.DisplayName, c.Id })
            .Where(x => x.ExternalNumber == upper || x.DisplayName.ToLower().Contains(lower))
            .OrderBy(x => x.DisplayName).Take(20)
            .Select(x => new { x.ExternalId, x.ExternalNumber, x.DisplayName, HasCrm = db.SourceLinks.Any(o => o.CustomerId == x.Id && o.System == SourceSystem.Crm && !o.IsDeletedAtSource) })
            .ToListAsync(cancellationToken);
        var found = rows.Where(r => Guid.TryParse(r.ExternalId, out _))
            .Select(r => new ErpCustomerCandidate(Guid.Parse(r.ExternalId), r.ExternalNumber ?? "", r.DisplayName, r.HasCrm)).ToList();
        if (found.Count == 0 && await erp.FindCustomerByNumberAsync(upper, cancellationToken) is { } live)
        {
            found.Add(new ErpCustomerCandidate(live.Id, live.Number, live.DisplayName, false));
        }

        return found;
    }

    /// <summary>The number a new ERP customer should get: the CRM account number (how the pull pairs the two), else the golden record's.</summary>
    public async Task<string?> SuggestedNumberAsync(Guid customerId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.SourceLinks.AsNoTracking().Where(l => l.CustomerId == customerId && l.System == SourceSystem.Crm && !l.IsDeletedAtSource)
                .Select(l => l.ExternalNumber).FirstOrDefaultAsync(n => n != null, cancellationToken)
            ?? await db.Customers.AsNoTracking().Where(c => c.Id == customerId).Select(c => c.CustomerNumber).FirstOrDefaultAsync(cancellationToken);
    }
}
