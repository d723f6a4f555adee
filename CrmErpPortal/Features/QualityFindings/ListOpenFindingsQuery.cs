using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.DataQuality.Findings;
using CrmErpPortal.Features.ChangeRequests;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.QualityFindings;

/// <summary>Which open findings to list; null means any.</summary>
public sealed record FindingFilter(string? Rule = null, FindingSeverity? Severity = null, string? CountryCode = null);

public sealed record ListOpenFindingsInput(FindingFilter Filter, int Page, int PageSize);

/// <summary>One open finding with its customer and, when the field can be corrected by a change request, the value the hub holds now.</summary>
public sealed record OpenFindingRow(
    long Id, Guid CustomerId, string CustomerName, string CountryCode, SourceSystem System, string Field, string Rule, FindingSeverity Severity,
    string Message, DateTimeOffset FirstSeenAt, DateTimeOffset LastSeenAt, ChangeableField? Correctable, string? CurrentValue);

public sealed record OpenFindingPage(IReadOnlyList<OpenFindingRow> Items, int TotalCount);

/// <summary>One page of open data-quality findings, newest first, filtered on the server.</summary>
public sealed class ListOpenFindingsQuery(IDbContextFactory<PortalDbContext> contexts)
{
    public const int MaxPageSize = 100;

    public async Task<OpenFindingPage> ExecuteAsync(ListOpenFindingsInput input, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var open = Filtered(db, input.Filter);
        var total = await open.CountAsync(cancellationToken);
        var size = Math.Clamp(input.PageSize, 1, MaxPageSize);
        var rows = await open
            .OrderByDescending(f => f.LastSeenAt).ThenByDescending(f => f.Id)
            .Skip(Math.Max(0, input.Page) * size).Take(size)
            .Join(db.Customers, f => f.CustomerId, c => c.Id, (f, c) => new { Finding = f, Customer = c })
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        var items = rows.Select(r =>
        {
            var f = r.Finding;
            var correctable = r.Customer.Status == CustomerStatus.Merged ? null : ChangeableFields.Find(f.Field);
            var current = correctable is null ? null : DraftChangeRequestCommand.CurrentValue(r.Customer, null, f.Field);
            return new OpenFindingRow(f.Id, f.CustomerId, r.Customer.DisplayName, f.CountryCode, f.SourceSystem, f.Field, f.Rule, f.Severity,
                f.Message, f.FirstSeenAt, f.LastSeenAt, correctable, current);
        }).ToList();
        return new OpenFindingPage(items, total);
    }

    internal static IQueryable<DataQualityFinding> Filtered(PortalDbContext db, FindingFilter filter)
    {
        var open = db.DataQualityFindings.AsNoTracking().Where(f => f.ResolvedAt == null);
        if (filter.Rule is { } rule)
        {
            open = open.Where(f => f.Rule == rule);
        }

        if (filter.Severity is { } severity)
        {
            open = open.Where(f => f.Severity == severity);
        }

        if (filter.CountryCode is { } country)
        {
            open = open.Where(f => f.CountryCode == country);
        }

        return open;
    }
}
