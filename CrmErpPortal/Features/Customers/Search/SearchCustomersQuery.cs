using System.Text;
using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.DataQuality;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.Customers.Search;

public sealed record SearchCustomersInput(string? Query, int Limit = 50);

public enum CreditStatus
{
    None,
    Ok,
    NearLimit,
    OverLimit,
    Blocked,
}

public sealed record CustomerSearchHit(
    Guid Id, string DisplayName, string? City, string CountryCode, string? OwnerName, bool InCrm, bool InErp,
    CreditStatus Credit, bool IsOverdue, string MatchedOn);

/// <summary><paramref name="CustomersInHub"/> is counted only for an empty query (counting 1M rows costs more than searching them).</summary>
public sealed record CustomerSearchResult(IReadOnlyList<CustomerSearchHit> Hits, bool HubIsEmpty, int? CustomersInHub = null);

/// <summary>
/// One box: digits find customer/account numbers, phones (matched on E.164, NZ then AU) and ABN/NZBN; '@' finds emails;
/// anything else finds names and contact names by word prefix, with typos corrected against the name vocabulary.
/// Candidates come bounded (≤ 500 per source) from the SQLite FTS5 index (Data/Search) or, on SQL Server, from
/// LIKE over the indexed normalised columns; ranking happens here: exact keys, then name starts-with, then word
/// prefix, then contacts and fragments, then corrected spellings, each by Jaro-Winkler to the query.
/// </summary>
public sealed class SearchCustomersQuery(IDbContextFactory<PortalDbContext> contexts, NameVocabulary vocabulary)
{
    private const int CandidateCap = 500;

    public async Task<CustomerSearchResult> ExecuteAsync(SearchCustomersInput input, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var live = db.Customers.AsNoTracking().Where(c => c.Status != CustomerStatus.Merged);
        var term = input.Query?.Trim() ?? string.Empty;
        if (term.Length == 0)
        {
            var total = await live.CountAsync(cancellationToken);
            return new CustomerSearchResult([], total == 0, total);
        }

        var matches = new Dictionary<Guid, Match>();
        var finder = new CandidateFinder(db, matches, input.Limit, cancellationToken);
        if (term.Contains('@'))
        {
            await finder.EmailAsync(term.ToLowerInvariant());
        }
        else if (term.Any(char.IsAsciiDigit) && term.All(c => char.IsAsciiDigit(c) || c is ' ' or '-' or '+' or '(' or ')' or '.'))
        {
            await finder.NumberAsync(term);
        }
        else
        {
            await finder.NameAsync(term, vocabulary);
        }

        if (matches.Count == 0)
        {
            return new CustomerSearchResult([], !await live.AnyAsync(cancellationToken));
        }

        var normalized = NameNormalizer.Normalize(term);
        var ids = matches.Keys.ToList();
        var names = await live.Where(c => ids.Contains(c.Id)).Select(c => new { c.Id, c.NormalizedName }).ToListAsync(cancellationToken);
        var top = names
            .Select(n => (n.Id, Match: matches[n.Id], Score: JaroWinkler.Similarity(normalized, n.NormalizedName), n.NormalizedName))
            .OrderBy(n => n.Match.Tier)
            .ThenByDescending(n => n.Score)
            .ThenBy(n => n.NormalizedName.Length)
            .ThenBy(n => n.NormalizedName, StringComparer.Ordinal)
            .Take(input.Limit)
            .ToList();

        var topIds = top.Select(t => t.Id).ToList();
        var rows = await live.Where(c => topIds.Contains(c.Id))
            .Select(c => new
            {
                c.Id,
                c.DisplayName,
                City = c.BillingAddress == null ? null : c.BillingAddress.City,
                c.CountryCode,
                c.OwnerName,
                InCrm = c.SourceLinks.Any(l => l.System == SourceSystem.Crm),
                InErp = c.SourceLinks.Any(l => l.System == SourceSystem.Erp),
                Credit = db.CreditProfiles.Where(p => p.CustomerId == c.Id)
                    .Select(p => new { p.CreditLimit, p.Balance, p.OverdueAmount, p.Blocked })
                    .ToList(),
            })
            .ToDictionaryAsync(r => r.Id, cancellationToken);

        var hits = top.Where(t => rows.ContainsKey(t.Id)).Select(t =>
        {
            var r = rows[t.Id];
            var credit = r.Credit.Count == 0
                ? CreditStatus.None
                : r.Credit.Max(p => StatusOf(p.CreditLimit, p.Balance, p.Blocked));
            return new CustomerSearchHit(r.Id, r.DisplayName, r.City, r.CountryCode, r.OwnerName, r.InCrm, r.InErp,
                credit, r.Credit.Any(p => p.OverdueAmount > 0), t.Match.Reason);
        }).ToList();
        return new CustomerSearchResult(hits, false);
    }

    /// <summary>A credit limit of zero means "no limit" in Business Central.</summary>
    public static CreditStatus StatusOf(decimal limit, decimal balance, CreditBlocked blocked) => blocked != CreditBlocked.None
        ? CreditStatus.Blocked
        : limit <= 0 ? CreditStatus.Ok
        : balance > limit ? CreditStatus.OverLimit
        : balance >= limit * 0.9m ? CreditStatus.NearLimit
        : CreditStatus.Ok;

    private sealed record Match(int Tier, string Reason);

    private sealed class CandidateFinder(PortalDbContext db, Dictionary<Guid, Match> matches, int limit, CancellationToken cancellationToken)
    {
        private const int Exact = 0, StartsWith = 1, WordPrefix = 2, ContactOrFragment = 3, Corrected = 4;
        private readonly bool _sqlite = db.Database.IsSqlite();
        private IQueryable<Customer> Live => db.Customers.AsNoTracking().Where(c => c.Status != CustomerStatus.Merged);

        public async Task EmailAsync(string email)
        {
            Add(await Live.Where(c => c.Email == email).Select(c => c.Id).Take(CandidateCap).ToListAsync(cancellationToken), Exact, "Email");
            Add(await db.Contacts.Where(t => t.Email == email).Select(t => t.CustomerId).Take(CandidateCap).ToListAsync(cancellationToken), Exact, "Contact email");
            if (matches.Count == 0)
            {
                await FragmentAsync(email, "Email contains " + email);
            }
        }

        public async Task NumberAsync(string term)
        {
            var digits = new string(term.Where(char.IsAsciiDigit).ToArray());
            await CustomerNumberAsync(term, digits);
            // A national number can be valid in both countries ("(02) 9123 4567" is a Sydney landline and an NZ 029 mobile).
            foreach (var phone in new[] { PhoneNormalizer.ToE164(term, "NZ"), PhoneNormalizer.ToE164(term, "AU") }.OfType<string>().Distinct())
            {
                Add(await Live.Where(c => c.PhoneE164 == phone).Select(c => c.Id).Take(CandidateCap).ToListAsync(cancellationToken), Exact, "Phone " + phone);
                // Two seeks: SQLite answers "PhoneE164 = ? OR MobileE164 = ?" with a scan of every contact.
                Add(await db.Contacts.Where(t => t.PhoneE164 == phone).Select(t => t.CustomerId).Take(CandidateCap).ToListAsync(cancellationToken), Exact, "Contact phone " + phone);
                Add(await db.Contacts.Where(t => t.MobileE164 == phone).Select(t => t.CustomerId).Take(CandidateCap).ToListAsync(cancellationToken), Exact, "Contact mobile " + phone);
            }

            var business = BusinessNumbers.Digits(term);
            if (business is not null)
            {
                var label = business.Length == 13 ? "NZBN" : business.Length == 11 ? "ABN" : "Business number";
                Add(await Live.Where(c => c.BusinessNumber == business).Select(c => c.Id).Take(CandidateCap).ToListAsync(cancellationToken), Exact, label);
            }

            // Digit trigrams are few and common, so a fragment scan is the fallback when no whole number matched.
            if (matches.Count == 0)
            {
                await FragmentAsync(digits, "Number contains " + digits);
            }
        }

        public async Task NameAsync(string term, NameVocabulary vocabulary)
        {
            var oneToken = !term.Contains(' ');
            if (oneToken && term.Any(char.IsAsciiDigit))
            {
                await CustomerNumberAsync(term, term);
                if (matches.Count > 0)
                {
                    return;
                }
            }

            await NameWordsAsync(term, vocabulary);
            if (oneToken && term.Length >= 4 && matches.Count < 20)
            {
                await FragmentAsync(term.ToLowerInvariant(), "Email or number contains " + term.ToLowerInvariant());
            }
        }

        private async Task NameWordsAsync(string term, NameVocabulary vocabulary)
        {
            var normalized = NameNormalizer.Normalize(term);
            var words = normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0)
            {
                return;
            }

            Add(await StartsWithAsync(normalized), StartsWith, "Name starts with " + normalized);
            var groups = words.Select(w => new[] { w }).ToArray();
            Add(await WordsAsync(groups, "name"), WordPrefix, "Name");

            // Contacts and corrected spellings rank below name matches: when those already fill the page, skip them.
            if (matches.Count >= limit)
            {
                return;
            }

            Add(await WordsAsync(groups, "contacts"), ContactOrFragment, "Contact name");

            var corrections = new List<string[]>();
            var corrected = false;
            for (var i = 0; i < words.Length; i++)
            {
                var found = await vocabulary.CorrectionsAsync(db, words[i], asPrefix: i == words.Length - 1, max: 3, cancellationToken);
                corrected |= found.Count > 0;
                corrections.Add([words[i], .. found]);
            }

            if (corrected)
            {
                var spelled = string.Join(' ', corrections.Select(c => c.Length > 1 ? c[1] : c[0]));
                Add(await WordsAsync([.. corrections], "name"), Corrected, "Did you mean " + spelled);
                Add(await WordsAsync([.. corrections], "contacts"), Corrected, "Contact, did you mean " + spelled);
            }
        }

        private async Task CustomerNumberAsync(string term, string digits)
        {
            Add(await Live.Where(c => c.CustomerNumber == term || c.CustomerNumber == digits).Select(c => c.Id).Take(CandidateCap).ToListAsync(cancellationToken), Exact, "Customer number");
            Add(await db.SourceLinks.Where(l => l.ExternalNumber == term || l.ExternalNumber == digits).Select(l => l.CustomerId).Take(CandidateCap).ToListAsync(cancellationToken), Exact, "Account number");
        }

        private async Task<List<Guid>> StartsWithAsync(string prefix)
        {
            // A range on the NormalizedName index rather than LIKE, which SQLite only optimises for NOCASE columns.
            var upper = prefix + char.MaxValue;
            return await Live.Where(c => string.Compare(c.NormalizedName, prefix) >= 0 && string.Compare(c.NormalizedName, upper) < 0)
                .OrderBy(c => c.NormalizedName).Select(c => c.Id).Take(100).ToListAsync(cancellationToken);
        }

        /// <summary>Every group must match (AND); a group matches on any of its spellings; the last word of the query also as a prefix.</summary>
        private async Task<List<Guid>> WordsAsync(string[][] groups, string column)
        {
            if (_sqlite)
            {
                var match = string.Join(" AND ", groups.Select(g => "(" + string.Join(" OR ", g.Select((w, j) =>
                    $"{column}:{Quote(w)}" + (j == 0 && w.Length >= 2 ? "*" : string.Empty))) + ")"));
                return await FtsAsync("CustomerSearchWords", match);
            }

            if (column == "name")
            {
                var names = Live;
                foreach (var group in groups)
                {
                    names = names.Where(c => group.Any(w => (" " + c.NormalizedName).Contains(" " + w)));
                }

                return await names.Select(c => c.Id).Take(CandidateCap).ToListAsync(cancellationToken);
            }

            var contacts = db.Contacts.AsNoTracking();
            foreach (var group in groups)
            {
                contacts = contacts.Where(t => group.Any(w => (" " + t.FirstName + " " + t.LastName).Contains(" " + w)));
            }

            return await contacts.Select(t => t.CustomerId).Take(CandidateCap).ToListAsync(cancellationToken);
        }

        private async Task FragmentAsync(string fragment, string reason, int tier = ContactOrFragment)
        {
            if (fragment.Length < 3)
            {
                return;
            }

            if (_sqlite)
            {
                // detail=none cannot run phrases: an AND of the fragment's trigrams, rechecked below against the row.
                var grams = SpreadTrigrams(fragment).Select(Quote);
                var ids = await FtsAsync("CustomerSearchGrams", string.Join(" AND ", grams));
                var rechecked = await Live.Where(c => ids.Contains(c.Id)).Select(c => new
                {
                    c.Id,
                    Keys = (c.CustomerNumber ?? "") + " " + (c.Email ?? "") + " " + (c.PhoneE164 ?? "") + " " + (c.BusinessNumber ?? ""),
                    Contacts = db.Contacts.Where(t => t.CustomerId == c.Id).Select(t => (t.Email ?? "") + " " + (t.PhoneE164 ?? "") + " " + (t.MobileE164 ?? "")).ToList(),
                    Links = c.SourceLinks.Select(l => l.ExternalNumber ?? "").ToList(),
                }).ToListAsync(cancellationToken);
                Add(rechecked.Where(r => r.Keys.Contains(fragment, StringComparison.OrdinalIgnoreCase)
                        || r.Contacts.Concat(r.Links).Any(k => k.Contains(fragment, StringComparison.OrdinalIgnoreCase)))
                    .Select(r => r.Id).ToList(), tier, reason);
                return;
            }

            Add(await Live.Where(c => c.Email!.Contains(fragment) || c.PhoneE164!.Contains(fragment) || c.CustomerNumber!.Contains(fragment)
                    || c.BusinessNumber!.Contains(fragment) || c.Contacts.Any(t => t.Email!.Contains(fragment) || t.PhoneE164!.Contains(fragment)))
                .Select(c => c.Id).Take(CandidateCap).ToListAsync(cancellationToken), tier, reason);
        }

        private async Task<List<Guid>> FtsAsync(string table, string match)
        {
            var sql = $"SELECT k.CustomerId AS Value FROM (SELECT rowid AS r FROM {table} WHERE {table} MATCH {{0}} LIMIT {CandidateCap}) m "
                + "JOIN CustomerSearchKeys k ON k.SearchKey = m.r";
            var ids = await db.Database.SqlQueryRaw<string>(sql, match).ToListAsync(cancellationToken);
            return ids.Select(Guid.Parse).ToList();
        }

        /// <summary>
        /// At most four trigrams spread over the fragment: every trigram's posting list is read in full, and four
        /// already narrow a long digit string to a handful of rows, which the recheck then filters exactly.
        /// </summary>
        private static IEnumerable<string> SpreadTrigrams(string fragment)
        {
            var count = fragment.Length - 2;
            var picks = count <= 4 ? Enumerable.Range(0, count) : Enumerable.Range(0, 4).Select(k => k * (count - 1) / 3);
            return picks.Select(i => fragment.Substring(i, 3)).Distinct();
        }

        private static string Quote(string word) => "\"" + word.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

        private void Add(IEnumerable<Guid> ids, int tier, string reason)
        {
            foreach (var id in ids)
            {
                if (!matches.TryGetValue(id, out var existing) || existing.Tier > tier)
                {
                    matches[id] = new Match(tier, reason);
                }
            }
        }
    }
}
