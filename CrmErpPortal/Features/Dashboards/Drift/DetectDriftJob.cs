using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.DataQuality;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.Dashboards.Drift;

/// <summary>
/// Nightly: compares the CRM's and the ERP's stored copies (<see cref="SourceFieldCopy"/>) of every customer linked in
/// both, field by field on their normalised keys, and keeps <see cref="DriftFinding"/>s idempotently: one open finding
/// per customer and field, updated on every run, resolved when the two agree again (or the link is gone). Only rows
/// whose keys differ leave the database, so a run at 100,000 customers reads a few thousand rows, not 200,000.
/// </summary>
public sealed class DetectDriftJob(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock)
{
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    [AutomaticRetry(Attempts = 1)]
    public async Task<DriftRun> RunAsync(CancellationToken cancellationToken)
    {
        var started = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(5));
        var pairs = Pairs(db);
        var compared = await pairs.Select(p => p.CustomerId).Distinct().CountAsync(cancellationToken);
        var differing = await pairs
            .Where(p => p.Crm.NameKey != p.Erp.NameKey || p.Crm.PhoneKey != p.Erp.PhoneKey || p.Crm.EmailKey != p.Erp.EmailKey
                || p.Crm.BusinessNumberKey != p.Erp.BusinessNumberKey || p.Crm.AddressKey != p.Erp.AddressKey)
            .ToListAsync(cancellationToken);

        var detected = differing.SelectMany(Differences)
            .GroupBy(d => (d.CustomerId, d.Field)).ToDictionary(g => g.Key, g => g.First());
        var open = await db.DriftFindings.Where(f => f.ResolvedAt == null).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        int added = 0, resolved = 0;
        foreach (var finding in open)
        {
            if (detected.Remove((finding.CustomerId, finding.Field), out var still))
            {
                finding.CrmValue = still.CrmValue;
                finding.ErpValue = still.ErpValue;
                finding.CountryCode = still.CountryCode;
                finding.OwnerSystem = DriftFields.Owner(finding.Field);
                finding.LastCheckedAt = now;
            }
            else
            {
                finding.ResolvedAt = now;
                finding.LastCheckedAt = now;
                resolved++;
            }
        }

        foreach (var difference in detected.Values)
        {
            db.DriftFindings.Add(new DriftFinding
            {
                CustomerId = difference.CustomerId,
                Field = difference.Field,
                CrmValue = difference.CrmValue,
                ErpValue = difference.ErpValue,
                OwnerSystem = DriftFields.Owner(difference.Field),
                CountryCode = difference.CountryCode,
                DetectedAt = now,
                LastCheckedAt = now,
            });
            added++;
        }

        var run = new DriftRun
        {
            StartedAt = started,
            FinishedAt = now,
            CustomersCompared = compared,
            Detected = added,
            Resolved = resolved,
            Open = open.Count - resolved + added,
        };
        db.DriftRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        return run;
    }

    /// <summary>A customer's live CRM and ERP records (not merged away, not deleted at source) with both copies.</summary>
    private static IQueryable<CopyPair> Pairs(PortalDbContext db) =>
        from customer in db.Customers
        where customer.Status != CustomerStatus.Merged
        join crm in db.SourceLinks.Where(l => l.System == SourceSystem.Crm && !l.IsDeletedAtSource && l.MergedFromCustomerId == null) on customer.Id equals crm.CustomerId
        join erp in db.SourceLinks.Where(l => l.System == SourceSystem.Erp && !l.IsDeletedAtSource && l.MergedFromCustomerId == null) on customer.Id equals erp.CustomerId
        join crmCopy in db.SourceFieldCopies.AsNoTracking() on crm.Id equals crmCopy.SourceLinkId
        join erpCopy in db.SourceFieldCopies.AsNoTracking() on erp.Id equals erpCopy.SourceLinkId
        select new CopyPair { CustomerId = customer.Id, CountryCode = customer.CountryCode, Crm = crmCopy, Erp = erpCopy };

    private static IEnumerable<Difference> Differences(CopyPair pair)
    {
        var (crm, erp) = (pair.Crm, pair.Erp);
        if (crm.NameKey != erp.NameKey)
        {
            yield return new(pair.CustomerId, SharedField.Name, crm.Name, erp.Name, pair.CountryCode);
        }

        if (!SharedFieldKeys.SameAddress(crm.AddressKey, erp.AddressKey))
        {
            yield return new(pair.CustomerId, SharedField.Address, crm.Address, erp.Address, pair.CountryCode);
        }

        if (crm.PhoneKey != erp.PhoneKey)
        {
            yield return new(pair.CustomerId, SharedField.Phone, crm.Phone, erp.Phone, pair.CountryCode);
        }

        if (crm.EmailKey != erp.EmailKey)
        {
            yield return new(pair.CustomerId, SharedField.Email, crm.Email, erp.Email, pair.CountryCode);
        }

        if (crm.BusinessNumberKey != erp.BusinessNumberKey)
        {
            yield return new(pair.CustomerId, SharedField.BusinessNumber, crm.BusinessNumber, erp.BusinessNumber, pair.CountryCode);
        }
    }

    private sealed record Difference(Guid CustomerId, SharedField Field, string? CrmValue, string? ErpValue, string CountryCode);

    private sealed class CopyPair
    {
        public Guid CustomerId { get; init; }
        public required string CountryCode { get; init; }
        public required SourceFieldCopy Crm { get; init; }
        public required SourceFieldCopy Erp { get; init; }
    }
}
