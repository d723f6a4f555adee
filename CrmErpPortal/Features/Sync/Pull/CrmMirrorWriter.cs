using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Data.Search;
using CrmErpPortal.DataQuality;
using CrmErpPortal.Integration;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.Sync.Pull;

/// <summary>
/// Upserts CRM pages into the hub, one transaction per page, idempotently: the same page applied twice changes nothing.
/// Accounts are linked to a golden customer by exact keys (the ERP number carried in the account number, then the
/// ABN/NZBN) or get a new golden record; child rows attach to their account's customer.
/// </summary>
public sealed class CrmMirrorWriter(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock)
{
    public async Task<MirrorCounts> ApplyAccountsAsync(ChangePage<CrmAccount> page, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        // Checked first, so nothing below (matching keys, the payload hash — which could be brute-forced back to a
        // tax file number — or the golden record) ever sees a refused value.
        var checkedAccounts = page.Upserts.Select(a => SourceRecordChecks.Account(a, CountryCodes.FromText(a.Address.Country) ?? "NZ")).ToList();
        var accounts = checkedAccounts.Select(c => c.Clean).ToList();
        var ids = accounts.Select(a => a.Id.ToString()).Concat(page.Deleted.Select(d => d.ToString())).ToList();
        var links = await db.SourceLinks.Where(l => l.System == SourceSystem.Crm && ids.Contains(l.ExternalId))
            .ToDictionaryAsync(l => l.ExternalId, cancellationToken);
        var customers = await LoadCustomersAsync(db, links.Values.Select(l => l.CustomerId), cancellationToken);
        var byNumber = await ErpLinksByNumberAsync(db, accounts.Where(a => !links.ContainsKey(a.Id.ToString())), cancellationToken);
        var byBusinessNumber = await CustomersByBusinessNumberAsync(db, accounts.Where(a => !links.ContainsKey(a.Id.ToString())), cancellationToken);

        var crmLinked = links.Values.Where(l => !l.IsDeletedAtSource).Select(l => l.CustomerId).ToHashSet();
        var copies = await SourceCopyWriter.LoadAsync(db, links.Values, cancellationToken);
        int inserted = 0, updated = 0;
        var screened = new List<ScreenedRecord>(page.Upserts.Count);
        foreach (var (account, findings) in checkedAccounts)
        {
            var hash = GoldenRecord.Hash(account with { Etag = string.Empty });
            var sourceCountry = CountryCodes.FromText(account.Address.Country);
            if (links.TryGetValue(account.Id.ToString(), out var link))
            {
                if (link.PayloadHash == hash && !link.IsDeletedAtSource)
                {
                    if (!copies.Has(link) && customers[link.CustomerId].DeidentifiedAt is null)
                    {
                        copies.Write(link, account, sourceCountry ?? customers[link.CustomerId].CountryCode, now);
                    }

                    continue;
                }

                if (IsEcho(link, account.Etag))
                {
                    // The version the portal's own push wrote (it stored the etag the write returned): the hub already
                    // holds these values, so this is neither a new change nor a conflict. It is still what the CRM now
                    // says, so the drift report's copy follows it.
                    link.PayloadHash = hash;
                    link.LastSeenAt = now;
                    copies.Write(link, account, sourceCountry ?? customers[link.CustomerId].CountryCode, now);
                    continue;
                }

                var existing = customers[link.CustomerId];
                // A link moved here by a merge keeps feeding contacts and documents, but the survivor's fields were
                // chosen by a steward: the duplicate account must not overwrite them (until unmerge moves it back).
                // A de-identified customer (retention purge) is never re-identified by a pull: its CRM copy may still hold
                // the data until the purge's change request lands there, and a refused write must not undo the purge.
                if (link.MergedFromCustomerId is null && existing.DeidentifiedAt is null)
                {
                    GoldenRecord.ApplyFromCrm(existing, account, now);
                }

                updated++;
            }
            else
            {
                var customer = await MatchAsync(db, account, byNumber, byBusinessNumber, customers, crmLinked, cancellationToken)
                    ?? AddCustomer(db, account, now);
                crmLinked.Add(customer.Id);
                customers[customer.Id] = customer;
                GoldenRecord.ApplyFromCrm(customer, account, now);
                link = new SourceLink { CustomerId = customer.Id, System = SourceSystem.Crm, ExternalId = account.Id.ToString() };
                db.SourceLinks.Add(link);
                links[link.ExternalId] = link;
                inserted++;
            }

            link.ExternalNumber = account.AccountNumber;
            link.SourceEtag = account.Etag;
            link.PayloadHash = hash;
            link.LastSeenAt = now;
            link.IsDeletedAtSource = false;
            var country = customers[link.CustomerId].CountryCode;
            if (customers[link.CustomerId].DeidentifiedAt is not null)
            {
                continue; // no findings or source copies (they quote the source's values) for a purged customer
            }

            copies.Write(link, account, sourceCountry ?? country, now);
            screened.Add(new ScreenedRecord(link.ExternalId, link.CustomerId, null, country, [.. findings, .. SourceRecordChecks.Findings(account, country)]));
        }

        var deleted = MarkDeleted(page.Deleted, links, now);
        await FindingUpserts.ApplyAsync(db, SourceSystem.Crm, screened, now, cancellationToken);
        await FindingUpserts.ResolveAsync(db, SourceSystem.Crm, page.Deleted.Select(d => d.ToString()), now, cancellationToken);
        await CustomerSearchBatch.SaveChangesAsync(db, cancellationToken);
        return new MirrorCounts(page.Upserts.Count + page.Deleted.Count, inserted, updated, deleted);
    }

    public async Task<MirrorCounts> ApplyContactsAsync(ChangePage<CrmContact> page, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var owners = await CustomerIdsByAccountAsync(db, page.Upserts.Select(c => c.AccountId), cancellationToken);
        var keys = page.Upserts.Select(c => c.Id.ToString()).Concat(page.Deleted.Select(d => d.ToString())).ToList();
        var existing = await db.Contacts.Where(c => keys.Contains(c.CrmContactId)).ToDictionaryAsync(c => c.CrmContactId, cancellationToken);
        var countries = await CountriesAsync(db, owners.Values, cancellationToken);
        var ownerIds = owners.Values.Distinct().ToList();
        var deidentified = (await db.Customers.Where(c => ownerIds.Contains(c.Id) && c.DeidentifiedAt != null).Select(c => c.Id).ToListAsync(cancellationToken)).ToHashSet();
        var screened = new List<ScreenedRecord>(page.Upserts.Count);
        var gone = page.Deleted.Select(d => d.ToString()).ToList();
        int inserted = 0, updated = 0;
        foreach (var incoming in page.Upserts)
        {
            if (incoming.AccountId is not { } accountId || !owners.TryGetValue(accountId, out var customerId) || !incoming.IsActive)
            {
                if (existing.TryGetValue(incoming.Id.ToString(), out var orphan))
                {
                    db.Contacts.Remove(orphan);
                }

                gone.Add(incoming.Id.ToString());
                continue;
            }

            // A purged contact, or any contact of a purged customer, keeps its de-identified row (see ApplyAccountsAsync).
            if (deidentified.Contains(customerId) || (existing.TryGetValue(incoming.Id.ToString(), out var purged) && purged.DeidentifiedAt is not null))
            {
                continue;
            }

            var customerCountry = countries.GetValueOrDefault(customerId, "NZ");
            var (source, findings) = SourceRecordChecks.Contact(incoming, customerCountry);

            if (!existing.TryGetValue(source.Id.ToString(), out var contact))
            {
                contact = new Contact { CrmContactId = source.Id.ToString(), LastName = string.Empty };
                db.Contacts.Add(contact);
                inserted++;
            }
            else
            {
                updated++;
            }

            var country = "NZ";
            contact.CustomerId = customerId;
            contact.FirstName = source.FirstName;
            contact.LastName = source.LastName ?? string.Empty;
            contact.JobTitle = source.JobTitle;
            contact.Email = source.Email?.Trim().ToLowerInvariant();
            contact.PhoneE164 = PhoneNormalizer.ToE164(source.Phone, country) ?? PhoneNormalizer.ToE164(source.Phone, "AU");
            contact.MobileE164 = PhoneNormalizer.ToE164(source.Mobile, country) ?? PhoneNormalizer.ToE164(source.Mobile, "AU");
            contact.SourceModifiedAt = source.ModifiedOn;
            contact.SyncedAt = now;
            screened.Add(new ScreenedRecord(contact.CrmContactId, customerId, contact.Id, customerCountry, [.. findings, .. SourceRecordChecks.Findings(source, customerCountry)]));
        }

        var deleted = 0;
        foreach (var id in page.Deleted)
        {
            if (existing.TryGetValue(id.ToString(), out var removed))
            {
                db.Contacts.Remove(removed);
                deleted++;
            }
        }

        await FindingUpserts.ApplyAsync(db, SourceSystem.Crm, screened, now, cancellationToken);
        await FindingUpserts.ResolveAsync(db, SourceSystem.Crm, gone, now, cancellationToken);
        await CustomerSearchBatch.SaveChangesAsync(db, cancellationToken);
        return new MirrorCounts(page.Upserts.Count + page.Deleted.Count, inserted, updated, deleted);
    }

    public async Task<MirrorCounts> ApplyQuotesAsync(ChangePage<CrmQuote> page, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var owners = await CustomerIdsByAccountAsync(db, page.Upserts.Select(q => q.AccountId), cancellationToken);
        var keys = page.Upserts.Select(q => q.Id.ToString()).Concat(page.Deleted.Select(d => d.ToString())).ToList();
        var existing = await db.Quotes.Where(q => keys.Contains(q.CrmQuoteId)).ToDictionaryAsync(q => q.CrmQuoteId, cancellationToken);
        int inserted = 0, updated = 0;
        foreach (var source in page.Upserts)
        {
            if (source.AccountId is not { } accountId || !owners.TryGetValue(accountId, out var customerId))
            {
                continue;
            }

            if (!existing.TryGetValue(source.Id.ToString(), out var quote))
            {
                quote = new Quote { CrmQuoteId = source.Id.ToString(), QuoteNumber = string.Empty, Name = string.Empty, CurrencyCode = "NZD" };
                db.Quotes.Add(quote);
                inserted++;
            }
            else
            {
                updated++;
            }

            var state = source.StateCode switch { 1 => QuoteState.Active, 2 => QuoteState.Won, 3 => QuoteState.Closed, _ => QuoteState.Draft };
            if (state == QuoteState.Active && quote.SentAt is null)
            {
                quote.SentAt = source.ModifiedOn;
            }

            if (state == QuoteState.Won && quote.State != QuoteState.Won)
            {
                quote.WonAt = source.ModifiedOn;
            }

            quote.CustomerId = customerId;
            quote.QuoteNumber = source.QuoteNumber ?? string.Empty;
            quote.Name = source.Name ?? string.Empty;
            quote.State = state;
            quote.CurrencyCode = source.CurrencyCode ?? quote.CurrencyCode;
            quote.TotalAmount = source.TotalAmount ?? 0m;
            quote.ValidUntil = source.ValidUntil;
            quote.SourceModifiedAt = source.ModifiedOn;
            quote.SyncedAt = now;
        }

        var deleted = RemoveAll(db.Quotes, page.Deleted, existing);
        await db.SaveChangesAsync(cancellationToken);
        return new MirrorCounts(page.Upserts.Count + page.Deleted.Count, inserted, updated, deleted);
    }

    public async Task<MirrorCounts> ApplyOpportunitiesAsync(ChangePage<CrmOpportunity> page, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var owners = await CustomerIdsByAccountAsync(db, page.Upserts.Select(o => o.AccountId), cancellationToken);
        var keys = page.Upserts.Select(o => o.Id.ToString()).Concat(page.Deleted.Select(d => d.ToString())).ToList();
        var existing = await db.Opportunities.Where(o => keys.Contains(o.CrmOpportunityId)).ToDictionaryAsync(o => o.CrmOpportunityId, cancellationToken);
        int inserted = 0, updated = 0;
        foreach (var source in page.Upserts)
        {
            if (source.AccountId is not { } accountId || !owners.TryGetValue(accountId, out var customerId))
            {
                continue;
            }

            if (!existing.TryGetValue(source.Id.ToString(), out var opportunity))
            {
                opportunity = new Opportunity { CrmOpportunityId = source.Id.ToString(), Name = string.Empty, CurrencyCode = "NZD" };
                db.Opportunities.Add(opportunity);
                inserted++;
            }
            else
            {
                updated++;
            }

            opportunity.CustomerId = customerId;
            opportunity.Name = source.Name ?? string.Empty;
            opportunity.EstimatedValue = source.EstimatedValue;
            opportunity.EstimatedCloseDate = source.EstimatedCloseDate;
            opportunity.Status = source.StateCode switch { 1 => OpportunityStatus.Won, 2 => OpportunityStatus.Lost, _ => OpportunityStatus.Open };
            opportunity.SyncedAt = now;
        }

        var deleted = RemoveAll(db.Opportunities, page.Deleted, existing);
        await db.SaveChangesAsync(cancellationToken);
        return new MirrorCounts(page.Upserts.Count + page.Deleted.Count, inserted, updated, deleted);
    }

    public async Task<MirrorCounts> ApplyCasesAsync(ChangePage<CrmCase> page, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var owners = await CustomerIdsByAccountAsync(db, page.Upserts.Select(c => c.AccountId), cancellationToken);
        var keys = page.Upserts.Select(c => c.Id.ToString()).Concat(page.Deleted.Select(d => d.ToString())).ToList();
        var existing = await db.ServiceCases.Where(c => keys.Contains(c.CrmCaseId)).ToDictionaryAsync(c => c.CrmCaseId, cancellationToken);
        int inserted = 0, updated = 0;
        foreach (var source in page.Upserts)
        {
            if (source.AccountId is not { } accountId || !owners.TryGetValue(accountId, out var customerId))
            {
                continue;
            }

            if (!existing.TryGetValue(source.Id.ToString(), out var serviceCase))
            {
                serviceCase = new ServiceCase { CrmCaseId = source.Id.ToString(), Title = string.Empty };
                db.ServiceCases.Add(serviceCase);
                inserted++;
            }
            else
            {
                updated++;
            }

            serviceCase.CustomerId = customerId;
            serviceCase.Title = source.Title ?? source.TicketNumber ?? string.Empty;
            serviceCase.Priority = source.PriorityCode switch { 1 => CasePriority.High, 3 => CasePriority.Low, _ => CasePriority.Normal };
            serviceCase.Status = source.StateCode switch { 1 => CaseStatus.Resolved, 2 => CaseStatus.Cancelled, _ => CaseStatus.Open };
            serviceCase.OpenedAt = source.CreatedOn;
            serviceCase.SyncedAt = now;
        }

        var deleted = RemoveAll(db.ServiceCases, page.Deleted, existing);
        await db.SaveChangesAsync(cancellationToken);
        return new MirrorCounts(page.Upserts.Count + page.Deleted.Count, inserted, updated, deleted);
    }

    private static int RemoveAll<T>(DbSet<T> set, IReadOnlyList<Guid> deleted, Dictionary<string, T> existing)
        where T : class
    {
        var count = 0;
        foreach (var id in deleted)
        {
            if (existing.TryGetValue(id.ToString(), out var row))
            {
                set.Remove(row);
                count++;
            }
        }

        return count;
    }

    private static async Task<Dictionary<Guid, Customer>> LoadCustomersAsync(PortalDbContext db, IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var list = ids.Distinct().ToList();
        return await db.Customers.Where(c => list.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
    }

    private static async Task<Dictionary<string, Guid>> ErpLinksByNumberAsync(PortalDbContext db, IEnumerable<CrmAccount> accounts, CancellationToken cancellationToken)
    {
        var numbers = accounts.Select(a => a.AccountNumber?.Trim()).OfType<string>().Where(n => n.Length > 0).Distinct().ToList();
        var links = await db.SourceLinks.Where(l => l.System == SourceSystem.Erp && l.ExternalNumber != null && numbers.Contains(l.ExternalNumber))
            .Select(l => new { l.ExternalNumber, l.CustomerId }).ToListAsync(cancellationToken);
        return links.GroupBy(l => l.ExternalNumber!, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First().CustomerId, StringComparer.OrdinalIgnoreCase);
    }

    private static async Task<Dictionary<string, Guid>> CustomersByBusinessNumberAsync(PortalDbContext db, IEnumerable<CrmAccount> accounts, CancellationToken cancellationToken)
    {
        var numbers = accounts.Select(a => GoldenRecord.BusinessNumber(a.BusinessNumber).Digits).OfType<string>().Distinct().ToList();
        var found = await db.Customers.Where(c => c.BusinessNumber != null && numbers.Contains(c.BusinessNumber) && c.Status != CustomerStatus.Merged)
            .Select(c => new { c.BusinessNumber, c.Id }).ToListAsync(cancellationToken);
        return found.GroupBy(c => c.BusinessNumber!).ToDictionary(g => g.Key, g => g.First().Id);
    }

    /// <summary>Exact keys only; anything fuzzier is the duplicate finder's job, with a steward deciding.</summary>
    private static async Task<Customer?> MatchAsync(
        PortalDbContext db, CrmAccount account, Dictionary<string, Guid> byNumber, Dictionary<string, Guid> byBusinessNumber,
        Dictionary<Guid, Customer> loaded, HashSet<Guid> crmLinked, CancellationToken cancellationToken)
    {
        Guid? id = account.AccountNumber is { } number && byNumber.TryGetValue(number.Trim(), out var n) ? n
            : GoldenRecord.BusinessNumber(account.BusinessNumber).Digits is { } bn && byBusinessNumber.TryGetValue(bn, out var b) ? b
            : null;
        // A golden record holds one CRM account: a second account with the same keys is a duplicate for a steward.
        if (id is not { } customerId || crmLinked.Contains(customerId))
        {
            return null;
        }

        if (loaded.TryGetValue(customerId, out var customer))
        {
            return customer;
        }

        var alreadyLinked = await db.SourceLinks.AnyAsync(l => l.CustomerId == customerId && l.System == SourceSystem.Crm && !l.IsDeletedAtSource, cancellationToken);
        return alreadyLinked ? null : await db.Customers.FindAsync([customerId], cancellationToken);
    }

    private static Customer AddCustomer(PortalDbContext db, CrmAccount account, DateTimeOffset now)
    {
        var customer = GoldenRecord.NewCustomer(account.Name, account.Address.Country, now);
        db.Customers.Add(customer);
        return customer;
    }

    private static int MarkDeleted(IReadOnlyList<Guid> deleted, Dictionary<string, SourceLink> links, DateTimeOffset now)
    {
        var count = 0;
        foreach (var id in deleted)
        {
            if (links.TryGetValue(id.ToString(), out var link) && !link.IsDeletedAtSource)
            {
                link.IsDeletedAtSource = true;
                link.LastSeenAt = now;
                count++;
            }
        }

        return count;
    }

    private static async Task<Dictionary<Guid, string>> CountriesAsync(PortalDbContext db, IEnumerable<Guid> customerIds, CancellationToken cancellationToken)
    {
        var ids = customerIds.Distinct().ToList();
        return await db.Customers.Where(c => ids.Contains(c.Id)).Select(c => new { c.Id, c.CountryCode }).ToDictionaryAsync(c => c.Id, c => c.CountryCode, cancellationToken);
    }

    private static async Task<Dictionary<Guid, Guid>> CustomerIdsByAccountAsync(PortalDbContext db, IEnumerable<Guid?> accountIds, CancellationToken cancellationToken)
    {
        var keys = accountIds.OfType<Guid>().Distinct().Select(id => id.ToString()).ToList();
        var links = await db.SourceLinks.Where(l => l.System == SourceSystem.Crm && keys.Contains(l.ExternalId))
            .Select(l => new { l.ExternalId, l.CustomerId }).ToListAsync(cancellationToken);
        return links.ToDictionary(l => Guid.Parse(l.ExternalId), l => l.CustomerId);
    }

    internal static bool IsEcho(SourceLink link, string etag) =>
        !link.IsDeletedAtSource && !string.IsNullOrEmpty(etag) && string.Equals(link.SourceEtag, etag, StringComparison.Ordinal);
}
