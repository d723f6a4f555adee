using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Data.Search;
using CrmErpPortal.DataQuality;
using CrmErpPortal.Integration;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.Sync.Pull;

/// <summary>
/// Upserts ERP pages into the hub, one transaction per page, idempotently. ERP customers link to a golden record by
/// exact keys (a CRM account carrying the ERP number, then the ABN/NZBN) or get a new one; the ERP owns the credit profile.
/// </summary>
public sealed class ErpMirrorWriter(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock)
{
    public async Task<MirrorCounts> ApplyCustomersAsync(IReadOnlyList<ErpCustomer> incoming, CancellationToken cancellationToken)
    {
        // Checked first, so nothing below (matching keys, the payload hash, the golden record) ever sees a refused value.
        var checkedCustomers = incoming.Select(c => SourceRecordChecks.Customer(c, CountryCodes.FromText(c.Address.Country) ?? "NZ")).ToList();
        var page = checkedCustomers.Select(c => c.Clean).ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var ids = page.Select(c => c.Id.ToString()).ToList();
        var links = await db.SourceLinks.Where(l => l.System == SourceSystem.Erp && ids.Contains(l.ExternalId)).ToDictionaryAsync(l => l.ExternalId, cancellationToken);
        var numbers = page.Select(c => c.Number).ToList();
        var crmByNumber = (await db.SourceLinks
                .Where(l => l.System == SourceSystem.Crm && !l.IsDeletedAtSource && l.ExternalNumber != null && numbers.Contains(l.ExternalNumber))
                .Select(l => new { l.ExternalNumber, l.CustomerId }).ToListAsync(cancellationToken))
            .GroupBy(l => l.ExternalNumber!, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First().CustomerId, StringComparer.OrdinalIgnoreCase);
        var businessNumbers = page.Select(c => GoldenRecord.BusinessNumber(c.TaxRegistrationNumber).Digits).OfType<string>().Distinct().ToList();
        var byBusinessNumber = (await db.Customers.Where(c => c.BusinessNumber != null && businessNumbers.Contains(c.BusinessNumber) && c.Status != CustomerStatus.Merged)
                .Select(c => new { c.BusinessNumber, c.Id }).ToListAsync(cancellationToken))
            .GroupBy(c => c.BusinessNumber!).ToDictionary(g => g.Key, g => g.First().Id);
        var matched = crmByNumber.Values.Concat(byBusinessNumber.Values).Distinct().ToList();
        var erpLinked = (await db.SourceLinks.Where(l => l.System == SourceSystem.Erp && !l.IsDeletedAtSource && matched.Contains(l.CustomerId))
            .Select(l => l.CustomerId).ToListAsync(cancellationToken)).ToHashSet();
        var candidateIds = links.Values.Select(l => l.CustomerId).Concat(crmByNumber.Values).Concat(byBusinessNumber.Values).Distinct().ToList();
        var customers = await db.Customers.Where(c => candidateIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        var profiles = await db.CreditProfiles.Where(p => ids.Contains(p.ErpCustomerId)).ToDictionaryAsync(p => p.ErpCustomerId, cancellationToken);
        var crmOwned = (await db.SourceLinks.Where(l => l.System == SourceSystem.Crm && !l.IsDeletedAtSource && candidateIds.Contains(l.CustomerId))
            .Select(l => l.CustomerId).ToListAsync(cancellationToken)).ToHashSet();

        var copies = await SourceCopyWriter.LoadAsync(db, links.Values, cancellationToken);
        int inserted = 0, updated = 0;
        var screened = new List<ScreenedRecord>(page.Count);
        foreach (var (erp, findings) in checkedCustomers)
        {
            var hash = GoldenRecord.Hash(erp with { Etag = string.Empty });
            Customer customer;
            var known = links.TryGetValue(erp.Id.ToString(), out var link);
            if (known)
            {
                if (link!.PayloadHash == hash && !link.IsDeletedAtSource)
                {
                    if (!copies.Has(link) && customers[link.CustomerId].DeidentifiedAt is null)
                    {
                        copies.Write(link, erp, CountryCodes.FromText(erp.Address.Country) ?? customers[link.CustomerId].CountryCode, now);
                    }

                    continue;
                }

                customer = customers[link.CustomerId];
                updated++;
            }
            else
            {
                Guid? match = crmByNumber.TryGetValue(erp.Number, out var byNumber) ? byNumber
                    : GoldenRecord.BusinessNumber(erp.TaxRegistrationNumber).Digits is { } bn && byBusinessNumber.TryGetValue(bn, out var byBn) ? byBn
                    : null;
                if (match is { } id && !erpLinked.Contains(id) && customers.TryGetValue(id, out var found))
                {
                    customer = found;
                }
                else
                {
                    customer = GoldenRecord.NewCustomer(erp.DisplayName, erp.Address.Country, now);
                    db.Customers.Add(customer);
                    customers[customer.Id] = customer;
                }

                erpLinked.Add(customer.Id);
                link = new SourceLink { CustomerId = customer.Id, System = SourceSystem.Erp, ExternalId = erp.Id.ToString() };
                db.SourceLinks.Add(link);
                inserted++;
            }

            // Same etag: only the ERP's computed figures moved, or this is the portal's own push coming back (echo);
            // either way the golden record has nothing new, so it is not touched (no new change, no re-scoring).
            var echo = known && CrmMirrorWriter.IsEcho(link!, erp.Etag);
            // A merged-in ERP customer must not overwrite the survivor's chosen fields, nor any pull a de-identified customer's.
            if (link.MergedFromCustomerId is null && !echo && customer.DeidentifiedAt is null)
            {
                GoldenRecord.ApplyFromErp(customer, erp, crmOwned.Contains(customer.Id), now);
            }

            link.ExternalNumber = erp.Number;
            link.SourceEtag = erp.Etag;
            link.PayloadHash = hash;
            link.LastSeenAt = now;
            link.IsDeletedAtSource = false;
            ApplyCreditProfile(db, profiles, customer.Id, erp, now);
            if (customer.DeidentifiedAt is not null)
            {
                continue; // no findings or source copies (they quote the source's values) for a purged customer
            }

            copies.Write(link, erp, CountryCodes.FromText(erp.Address.Country) ?? customer.CountryCode, now);

            screened.Add(new ScreenedRecord(link.ExternalId, customer.Id, null, customer.CountryCode, [.. findings, .. SourceRecordChecks.Findings(erp, customer.CountryCode)]));
        }

        await FindingUpserts.ApplyAsync(db, SourceSystem.Erp, screened, now, cancellationToken);
        await CustomerSearchBatch.SaveChangesAsync(db, cancellationToken);
        return new MirrorCounts(page.Count, inserted, updated, 0);
    }

    public async Task<MirrorCounts> ApplyAgingAsync(IReadOnlyList<ErpAgedReceivable> page, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ids = page.Select(a => a.CustomerId.ToString()).ToList();
        var profiles = await db.CreditProfiles.Where(p => ids.Contains(p.ErpCustomerId)).ToDictionaryAsync(p => p.ErpCustomerId, cancellationToken);
        var updated = 0;
        foreach (var aging in page)
        {
            if (!profiles.TryGetValue(aging.CustomerId.ToString(), out var profile))
            {
                continue;
            }

            if (profile.AgingCurrent != aging.Current || profile.Aging30 != aging.Period1 || profile.Aging60 != aging.Period2 || profile.Aging90Plus != aging.Period3)
            {
                profile.AgingCurrent = aging.Current;
                profile.Aging30 = aging.Period1;
                profile.Aging60 = aging.Period2;
                profile.Aging90Plus = aging.Period3;
                profile.AsOf = new DateTimeOffset(aging.AgedAsOf.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
                updated++;
            }

            profile.SyncedAt = clock.GetUtcNow();
        }

        await db.SaveChangesAsync(cancellationToken);
        return new MirrorCounts(page.Count, 0, updated, 0);
    }

    public async Task<(MirrorCounts Counts, IReadOnlyCollection<Guid> Customers)> ApplyInvoicesAsync(IReadOnlyList<ErpInvoice> page, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var owners = await CustomerIdsAsync(db, page.Select(i => i.CustomerId), cancellationToken);
        var keys = page.Select(i => i.Id.ToString()).ToList();
        var existing = await db.Invoices.Where(i => keys.Contains(i.ErpInvoiceId)).ToDictionaryAsync(i => i.ErpInvoiceId, cancellationToken);
        int inserted = 0, updated = 0;
        var touched = new HashSet<Guid>();
        foreach (var source in page)
        {
            if (!owners.TryGetValue(source.CustomerId, out var customerId) || source.Status is "Draft" or "In Review" or "" or " ")
            {
                continue;
            }

            if (!existing.TryGetValue(source.Id.ToString(), out var invoice))
            {
                invoice = new Invoice { ErpInvoiceId = source.Id.ToString(), InvoiceNumber = source.Number, CurrencyCode = source.CurrencyCode };
                db.Invoices.Add(invoice);
                inserted++;
            }
            else
            {
                updated++;
            }

            invoice.CustomerId = customerId;
            invoice.InvoiceNumber = source.Number;
            invoice.CurrencyCode = source.CurrencyCode;
            invoice.TotalAmount = source.TotalAmountIncludingTax;
            invoice.RemainingAmount = source.RemainingAmount;
            invoice.InvoiceDate = source.InvoiceDate ?? DateOnly.FromDateTime(source.LastModified.UtcDateTime);
            invoice.DueDate = source.DueDate ?? invoice.InvoiceDate;
            invoice.Status = source.Status switch { "Paid" => InvoiceStatus.Paid, "Canceled" or "Cancelled" => InvoiceStatus.Cancelled, _ => InvoiceStatus.Open };
            invoice.PaidAt = invoice.Status != InvoiceStatus.Paid ? null : invoice.PaidAt ?? source.LastModified;
            invoice.SyncedAt = now;
            touched.Add(source.CustomerId);
        }

        await db.SaveChangesAsync(cancellationToken);
        return (new MirrorCounts(page.Count, inserted, updated, 0), touched);
    }

    public async Task<(MirrorCounts Counts, IReadOnlyCollection<Guid> Customers)> ApplySalesOrdersAsync(IReadOnlyList<ErpSalesOrder> page, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var owners = await CustomerIdsAsync(db, page.Select(o => o.CustomerId), cancellationToken);
        var keys = page.Select(o => o.Id.ToString()).ToList();
        var existing = await db.SalesOrders.Include(o => o.StatusHistory).Where(o => keys.Contains(o.ErpOrderId)).ToDictionaryAsync(o => o.ErpOrderId, cancellationToken);
        int inserted = 0, updated = 0;
        var touched = new HashSet<Guid>();
        foreach (var source in page)
        {
            if (!owners.TryGetValue(source.CustomerId, out var customerId))
            {
                continue;
            }

            if (!existing.TryGetValue(source.Id.ToString(), out var order))
            {
                order = new SalesOrder { ErpOrderId = source.Id.ToString(), OrderNumber = source.Number, CurrencyCode = source.CurrencyCode };
                db.SalesOrders.Add(order);
                inserted++;
            }
            else
            {
                updated++;
            }

            var status = ErpOrderStatusMapping.ToHubStatus(source);
            if (order.StatusHistory.Count == 0 || order.Status != status)
            {
                order.StatusHistory.Add(new SalesOrderStatusChange { Status = status, ChangedAt = source.LastModified });
            }

            order.CustomerId = customerId;
            order.OrderNumber = source.Number;
            order.ExternalDocumentNumber = source.ExternalDocumentNumber;
            order.CurrencyCode = source.CurrencyCode;
            order.TotalAmount = source.TotalAmountIncludingTax;
            order.Status = status;
            order.OrderDate = source.OrderDate ?? DateOnly.FromDateTime(source.LastModified.UtcDateTime);
            order.SyncedAt = now;
            touched.Add(source.CustomerId);
        }

        await db.SaveChangesAsync(cancellationToken);
        return (new MirrorCounts(page.Count, inserted, updated, 0), touched);
    }

    private static void ApplyCreditProfile(PortalDbContext db, Dictionary<string, CreditProfile> profiles, Guid customerId, ErpCustomer erp, DateTimeOffset now)
    {
        if (!profiles.TryGetValue(erp.Id.ToString(), out var profile))
        {
            profile = new CreditProfile { CustomerId = customerId, ErpCustomerId = erp.Id.ToString(), CurrencyCode = erp.CurrencyCode };
            db.CreditProfiles.Add(profile);
            profiles[profile.ErpCustomerId] = profile;
        }

        profile.CustomerId = customerId;
        profile.CurrencyCode = erp.CurrencyCode;
        profile.CreditLimit = erp.CreditLimit;
        profile.Balance = erp.Balance;
        profile.OverdueAmount = erp.OverdueAmount;
        profile.PaymentTermsCode = erp.PaymentTermsId;
        profile.Blocked = erp.Blocked switch { "Ship" => CreditBlocked.Ship, "Invoice" => CreditBlocked.Invoice, "All" => CreditBlocked.All, _ => CreditBlocked.None };
        profile.AsOf = now;
        profile.SyncedAt = now;
    }

    private static async Task<Dictionary<Guid, Guid>> CustomerIdsAsync(PortalDbContext db, IEnumerable<Guid> erpCustomerIds, CancellationToken cancellationToken)
    {
        var keys = erpCustomerIds.Distinct().Select(id => id.ToString()).ToList();
        var links = await db.SourceLinks.Where(l => l.System == SourceSystem.Erp && keys.Contains(l.ExternalId))
            .Select(l => new { l.ExternalId, l.CustomerId }).ToListAsync(cancellationToken);
        return links.ToDictionary(l => Guid.Parse(l.ExternalId), l => l.CustomerId);
    }
}
