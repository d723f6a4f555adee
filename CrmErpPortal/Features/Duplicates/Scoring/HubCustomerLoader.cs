using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.Duplicates.Scoring;

/// <summary>Reads the customers that can be duplicates (every one not already merged away), in pages so progress can show.</summary>
public sealed class HubCustomerLoader(IDbContextFactory<PortalDbContext> contexts)
{
    private const int PageSize = 5_000;

    public async Task<int> CountAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Customers.CountAsync(c => c.Status != CustomerStatus.Merged, cancellationToken);
    }

    public async Task<List<HubCustomerRow>> LoadAllAsync(Func<int, Task>? loaded, CancellationToken cancellationToken)
    {
        var rows = new List<HubCustomerRow>();
        while (true)
        {
            var page = await LoadAsync(rows.Count, null, cancellationToken);
            rows.AddRange(page);
            if (loaded is not null)
            {
                await loaded(rows.Count);
            }

            if (page.Count < PageSize)
            {
                return rows;
            }
        }
    }

    /// <summary>Customers updated after <paramref name="since"/>, merged-away ones included (they must leave a warm index).</summary>
    public async Task<List<(Guid Id, bool MergedAway)>> ChangedSinceAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var changed = await db.Customers.AsNoTracking().Where(c => c.UpdatedAt > since)
            .Select(c => new { c.Id, MergedAway = c.Status == CustomerStatus.Merged })
            .ToListAsync(cancellationToken);
        return [.. changed.Select(c => (c.Id, c.MergedAway))];
    }

    public Task<List<HubCustomerRow>> LoadAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        LoadAsync(0, ids, cancellationToken);

    private async Task<List<HubCustomerRow>> LoadAsync(int skip, IReadOnlyCollection<Guid>? ids, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.Customers.AsNoTracking().Where(c => c.Status != CustomerStatus.Merged);
        if (ids is not null)
        {
            query = query.Where(c => ids.Contains(c.Id));
        }
        else
        {
            query = query.OrderBy(c => c.Id).Skip(skip).Take(PageSize);
        }

        var customers = await query
            .Select(c => new { c.Id, c.DisplayName, c.BusinessNumber, c.CountryCode, c.BillingAddress, c.PhoneE164, c.Email, c.UpdatedAt })
            .ToListAsync(cancellationToken);
        var customerIds = customers.Select(c => c.Id).ToList();
        var contacts = (await db.Contacts.AsNoTracking()
                .Where(k => customerIds.Contains(k.CustomerId) && k.IsPrimary)
                .Select(k => new { k.CustomerId, k.FirstName, k.LastName })
                .ToListAsync(cancellationToken))
            .DistinctBy(k => k.CustomerId)
            .ToDictionary(k => k.CustomerId);
        return customers.Select(c =>
        {
            contacts.TryGetValue(c.Id, out var contact);
            return new HubCustomerRow(c.Id, c.DisplayName, c.BusinessNumber, c.CountryCode, c.BillingAddress, c.PhoneE164, c.Email,
                contact?.FirstName, contact?.LastName, c.UpdatedAt);
        }).ToList();
    }
}
