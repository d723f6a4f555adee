using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.Customers.Search;

public sealed record SearchCustomersInput(string? Query, int Limit = 50);

public sealed record CustomerSearchHit(
    Guid Id, string DisplayName, string? City, string CountryCode, string? OwnerName, bool InCrm, bool InErp);

public sealed record CustomerSearchResult(IReadOnlyList<CustomerSearchHit> Hits, int CustomersInHub);

/// <summary>
/// Finds golden records by name, customer number or email. A plain indexed lookup for now;
/// the typo-tolerant full-text search replaces the predicate without changing the contract.
/// </summary>
public sealed class SearchCustomersQuery(IDbContextFactory<PortalDbContext> contexts)
{
    public async Task<CustomerSearchResult> ExecuteAsync(SearchCustomersInput input, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var live = db.Customers.AsNoTracking().Where(c => c.Status != CustomerStatus.Merged);
        var total = await live.CountAsync(cancellationToken);
        var term = input.Query?.Trim();
        if (string.IsNullOrEmpty(term) || total == 0)
        {
            return new CustomerSearchResult([], total);
        }

        var lowered = term.ToLowerInvariant();
        var hits = await live
            .Where(c => c.NormalizedName.Contains(lowered)
                || c.DisplayName.ToLower().Contains(lowered)
                || c.CustomerNumber == term
                || c.Email == lowered)
            .OrderBy(c => c.DisplayName)
            .Take(input.Limit)
            .Select(c => new CustomerSearchHit(
                c.Id,
                c.DisplayName,
                c.BillingAddress == null ? null : c.BillingAddress.City,
                c.CountryCode,
                c.OwnerName,
                c.SourceLinks.Any(l => l.System == SourceSystem.Crm),
                c.SourceLinks.Any(l => l.System == SourceSystem.Erp)))
            .ToListAsync(cancellationToken);
        return new CustomerSearchResult(hits, total);
    }
}
