using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Security;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.Privacy.WhoSawWhat;

public enum AccessKind
{
    Viewed,
    Exported,
    Changed,
}

public sealed record PersonalDataAccess(DateTimeOffset At, string UserName, string UserId, AccessKind Kind, string Action, string What);

public sealed record PersonalDataAccessLog(Guid CustomerId, string CustomerName, IReadOnlyList<string> ContactNames, IReadOnlyList<PersonalDataAccess> Entries);

/// <summary>
/// Who viewed, exported or changed a customer's data, newest first (NZ IPP 5, AU APP 11). The customer's contacts are
/// shown only on its pages, so the customer's trail is theirs too. Null when there is no such customer.
/// </summary>
public sealed class ListPersonalDataAccessQuery(IDbContextFactory<PortalDbContext> contexts)
{
    public const int MaxEntries = 2000;

    public async Task<PersonalDataAccessLog?> ExecuteAsync(Guid customerId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var customer = await db.Customers.AsNoTracking().Where(c => c.Id == customerId)
            .Select(c => new { c.DisplayName, Contacts = db.Contacts.Where(x => x.CustomerId == c.Id).Select(x => (x.FirstName + " " + x.LastName).Trim()).ToList() })
            .SingleOrDefaultAsync(cancellationToken);
        if (customer is null)
        {
            return null;
        }

        var id = customerId.ToString();
        // Audit entity ids are Guid.ToString() text; compare them as the same text rather than trusting the provider's Guid-to-text cast.
        var changeRequests = Texts(await db.ChangeRequests.Where(r => r.CustomerId == customerId).Select(r => r.Id).ToListAsync(cancellationToken));
        var creditRequests = Texts(await db.CreditRequests.Where(r => r.CustomerId == customerId).Select(r => r.Id).ToListAsync(cancellationToken));
        var pairs = Texts(await db.DuplicateCandidates.Where(d => d.CustomerAId == customerId || d.CustomerBId == customerId).Select(d => d.Id).ToListAsync(cancellationToken));
        var events = await db.AuditEvents.AsNoTracking()
            .Where(a => (a.EntityType == nameof(Customer) && a.EntityId == id)
                || (a.EntityType == nameof(ChangeRequest) && changeRequests.Contains(a.EntityId))
                || (a.EntityType == nameof(CreditRequest) && creditRequests.Contains(a.EntityId))
                || (a.EntityType == nameof(DuplicateCandidate) && pairs.Contains(a.EntityId))
                || (a.Action == "DashboardExported" && a.AfterJson != null && a.AfterJson.Contains(id)))
            .OrderByDescending(a => a.OccurredAt).ThenByDescending(a => a.Id)
            .Take(MaxEntries)
            .Select(a => new { a.OccurredAt, a.UserName, a.UserId, a.Action, a.EntityType, a.EntityId, a.AfterJson })
            .ToListAsync(cancellationToken);

        var entries = events.Select(e => new PersonalDataAccess(e.OccurredAt, e.UserName, e.UserId, KindOf(e.Action), e.Action, Describe(e.Action, e.EntityType, e.EntityId, e.AfterJson))).ToList();
        return new PersonalDataAccessLog(customerId, customer.DisplayName, customer.Contacts.Where(n => n.Length > 0).ToList(), entries);
    }

    private static string? Purpose(string? details)
    {
        if (details is null)
        {
            return null;
        }

        try
        {
            using var json = System.Text.Json.JsonDocument.Parse(details);
            return json.RootElement.TryGetProperty("Purpose", out var purpose) ? purpose.GetString() : null;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private static List<string> Texts(List<Guid> ids) => ids.Select(i => i.ToString()).ToList();

    public static AccessKind KindOf(string action) => action switch
    {
        PersonalDataViews.ViewedAction => AccessKind.Viewed,
        _ when action.EndsWith("Exported", StringComparison.Ordinal) => AccessKind.Exported,
        _ => AccessKind.Changed,
    };

    private static string Describe(string action, string entityType, string entityId, string? details) => (action, entityType) switch
    {
        (PersonalDataViews.ViewedAction, _) when details?.Contains("\"duplicate-review\"", StringComparison.Ordinal) == true => "Compared it as a possible duplicate (with its contacts)",
        (PersonalDataViews.ViewedAction, _) when Purpose(details) is { } purpose => $"Opened the customer page (with its contacts); purpose: {purpose}",
        (PersonalDataViews.ViewedAction, _) => "Opened the customer page (with its contacts)",
        ("DashboardExported", _) => $"Downloaded the dashboard list \"{entityId}\" that includes this customer",
        (WhoSawWhatEndpoints.ExportedAction, _) => "Downloaded this access log",
        (_, nameof(ChangeRequest)) => $"{Words(action)} (change request)",
        (_, nameof(CreditRequest)) => $"{Words(action)} (credit request)",
        (_, nameof(DuplicateCandidate)) => $"{Words(action)} (duplicate pair)",
        _ => Words(action),
    };

    /// <summary>"ChangeRequestSubmitted" reads as "Change request submitted".</summary>
    public static string Words(string action)
    {
        var text = string.Concat(action.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : c.ToString()));
        return text;
    }
}
