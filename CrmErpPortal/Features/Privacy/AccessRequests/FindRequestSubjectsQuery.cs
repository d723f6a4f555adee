using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.Customers.Search;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.Privacy.AccessRequests;

/// <summary>A person a request can concern: a contact, or a customer who is a person (sole trader, partner).</summary>
public sealed record RequestSubject(AccessSubjectKind Kind, Guid Id, Guid CustomerId, string Name, string CustomerName, string? Email, string? Phone);

/// <summary>
/// The portal's own customer search (names, contact names, emails, phones) finds the customers; their contacts whose
/// name, email or phone matches come first, then the customers themselves for a sole trader or person.
/// </summary>
public sealed class FindRequestSubjectsQuery(SearchCustomersQuery search, IDbContextFactory<PortalDbContext> contexts)
{
    public const int Limit = 20;

    public async Task<IReadOnlyList<RequestSubject>> ExecuteAsync(string? term, CancellationToken cancellationToken)
    {
        var query = term?.Trim() ?? "";
        if (query.Length < 2)
        {
            return [];
        }

        var found = await search.ExecuteAsync(new SearchCustomersInput(query, Limit), cancellationToken);
        if (found.Hits.Count == 0)
        {
            return [];
        }

        var customerIds = found.Hits.Select(h => h.Id).ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var contacts = await db.Contacts.AsNoTracking()
            .Where(c => customerIds.Contains(c.CustomerId))
            .Select(c => new { c.Id, c.CustomerId, c.FirstName, c.LastName, c.Email, c.PhoneE164, c.MobileE164 })
            .ToListAsync(cancellationToken);
        var names = found.Hits.ToDictionary(h => h.Id, h => h.DisplayName);
        var words = query.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var digits = new string(query.Where(char.IsAsciiDigit).ToArray());

        // A national number ("021 123 4567") without its leading 0 is the tail of the stored E.164 ("+6421 123 4567").
        var matchingContacts = contacts
            .Where(c => Matches($"{c.FirstName} {c.LastName} {c.Email}".ToLowerInvariant(), words)
                || (digits.Length >= 6 && ((c.PhoneE164 ?? "").Contains(digits[1..], StringComparison.Ordinal) || (c.MobileE164 ?? "").Contains(digits[1..], StringComparison.Ordinal))))
            .OrderBy(c => customerIds.IndexOf(c.CustomerId))
            .ThenBy(c => c.LastName, StringComparer.OrdinalIgnoreCase)
            .Select(c => new RequestSubject(AccessSubjectKind.Contact, c.Id, c.CustomerId, $"{c.FirstName} {c.LastName}".Trim(), names[c.CustomerId], c.Email, c.MobileE164 ?? c.PhoneE164));
        var customers = found.Hits.Select(h => new RequestSubject(AccessSubjectKind.Customer, h.Id, h.Id, h.DisplayName, h.DisplayName, null, null));
        return [.. matchingContacts.Concat(customers).Take(Limit)];
    }

    private static bool Matches(string text, string[] words) => words.All(w => text.Contains(w, StringComparison.Ordinal));
}
