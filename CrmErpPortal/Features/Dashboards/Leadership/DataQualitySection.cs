using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.Dashboards.Leadership;

public sealed record WeekCount(DateOnly WeekStart, int Count);

public sealed record CauseCount(ConversionCause Cause, int UnderADay, int UpToAWeek, int OlderThanAWeek)
{
    public int Total => UnderADay + UpToAWeek + OlderThanAWeek;
}

/// <summary>
/// The state of the data: customers linked in both systems, open duplicate pairs and merges per week, customers with
/// an invalid phone, address or business number (open findings of the NZ/AU rules), and stuck conversions by cause and age.
/// </summary>
public sealed record DataQualitySection(
    int Customers,
    int LinkedInBoth,
    int OpenDuplicatePairs,
    IReadOnlyList<WeekCount> MergesPerWeek,
    int InvalidPhones,
    int InvalidAddresses,
    int InvalidBusinessNumbers,
    IReadOnlyList<CauseCount> StuckConversions)
{
    public const int Weeks = 8;

    public static readonly string[] PhoneFields = ["Phone", "ContactPhone", "ContactMobile"];
    public static readonly string[] AddressFields = ["BillingAddress", "ShippingAddress"];
    public static readonly string[] BusinessNumberFields = ["BusinessNumber"];

    public double LinkedShare => Customers == 0 ? 0 : (double)LinkedInBoth / Customers;

    public static async Task<DataQualitySection> LoadAsync(PortalDbContext db, DashboardFilter filter, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var customers = filter.Customers(db);
        var ids = customers.Select(c => c.Id);
        var total = await customers.CountAsync(cancellationToken);
        var linked = await customers.CountAsync(c => c.SourceLinks.Any(l => l.System == SourceSystem.Crm && !l.IsDeletedAtSource)
            && c.SourceLinks.Any(l => l.System == SourceSystem.Erp && !l.IsDeletedAtSource), cancellationToken);
        var pairs = await db.DuplicateCandidates.CountAsync(d => d.Status == DuplicateStatus.Open && d.Band != MatchBand.Ignore
            && (ids.Contains(d.CustomerAId) || ids.Contains(d.CustomerBId)), cancellationToken);
        var thisWeek = WeekStart(DateOnly.FromDateTime(now.UtcDateTime));
        var since = new DateTimeOffset(thisWeek.AddDays(-7 * (Weeks - 1)).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var merges = (await db.MergeRecords.Where(m => m.MergedAt >= since && ids.Contains(m.SurvivorCustomerId)).Select(m => m.MergedAt).ToListAsync(cancellationToken))
            .GroupBy(t => WeekStart(DateOnly.FromDateTime(t.UtcDateTime))).ToDictionary(g => g.Key, g => g.Count());
        var findings = await db.DataQualityFindings.Where(f => f.ResolvedAt == null && ids.Contains(f.CustomerId))
            .Select(f => new { f.CustomerId, f.Field }).Distinct().ToListAsync(cancellationToken);
        var issues = await db.ConversionIssues.Where(i => i.Status == ConversionIssueStatus.Open && ids.Contains(i.CustomerId))
            .Select(i => new { i.Cause, i.CreatedAt }).ToListAsync(cancellationToken);

        return new DataQualitySection(
            total,
            linked,
            pairs,
            [.. Enumerable.Range(0, Weeks).Select(i => thisWeek.AddDays(-7 * (Weeks - 1 - i))).Select(w => new WeekCount(w, merges.GetValueOrDefault(w)))],
            CountCustomers(findings.Where(f => PhoneFields.Contains(f.Field)).Select(f => f.CustomerId)),
            CountCustomers(findings.Where(f => AddressFields.Contains(f.Field)).Select(f => f.CustomerId)),
            CountCustomers(findings.Where(f => BusinessNumberFields.Contains(f.Field)).Select(f => f.CustomerId)),
            [.. issues.GroupBy(i => i.Cause).OrderBy(g => g.Key).Select(g => new CauseCount(g.Key,
                g.Count(i => now - i.CreatedAt < TimeSpan.FromDays(1)),
                g.Count(i => now - i.CreatedAt >= TimeSpan.FromDays(1) && now - i.CreatedAt <= TimeSpan.FromDays(7)),
                g.Count(i => now - i.CreatedAt > TimeSpan.FromDays(7))))]);
    }

    /// <summary>Weeks start on Monday (NZ and AU business weeks).</summary>
    public static DateOnly WeekStart(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    private static int CountCustomers(IEnumerable<Guid> ids) => ids.Distinct().Count();
}
