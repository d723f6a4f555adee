using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Integration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CrmErpPortal.Features.Privacy.AccessRequests;

/// <summary>The gathered package before it is stored: the JSON document and what could not be read.</summary>
public sealed record AccessPackageContent(JsonObject Document, IReadOnlyList<string> Warnings);

/// <summary>
/// Collects everything held about the person: from the hub the golden record, contacts, the mirror links to both
/// systems (and, for a customer who is a person, the mirrored quotes, orders, invoices, cases and credit), change
/// requests, merge history, quote conversions, credit requests and audit events; then a live read of the linked CRM
/// and ERP records through the real connectors. Each system is listed with where its data is hosted.
/// </summary>
public sealed class AccessPackageCollector(
    IDbContextFactory<PortalDbContext> contexts, ICrmConnector crm, IErpConnector erp, IOptions<AccessRequestOptions> options, TimeProvider clock)
{
    public const string Format = "crmerpportal.access-package/1";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public async Task<AccessPackageContent> CollectAsync(AccessRequest request, Func<string, int, Task> progress, CancellationToken cancellationToken)
    {
        var warnings = new List<string>();
        var hub = new JsonObject();
        var counts = new Dictionary<string, int> { ["Hub"] = 0, ["Crm"] = 0, ["Erp"] = 0 };
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var customerId = request.SubjectCustomerId;

        await progress("Reading the golden record", 5);
        var customer = await db.Customers.AsNoTracking().FirstOrDefaultAsync(c => c.Id == customerId, cancellationToken);
        hub["customer"] = customer is null ? null : Node(customer);
        if (customer is null)
        {
            warnings.Add("The customer record is no longer in the hub (purged or merged away).");
        }

        await progress("Reading contacts", 15);
        var contacts = await ContactsAsync(db, request, cancellationToken);
        hub["contacts"] = Array(contacts);
        var subjectContact = contacts.FirstOrDefault(c => c.Id == request.SubjectId);

        await progress("Reading the mirror links to the CRM and ERP", 25);
        var links = await db.SourceLinks.AsNoTracking().Where(l => l.CustomerId == customerId).ToListAsync(cancellationToken);
        hub["sourceLinks"] = Array(links);
        if (request.SubjectKind == AccessSubjectKind.Customer)
        {
            hub["quotes"] = Array(await db.Quotes.AsNoTracking().Where(x => x.CustomerId == customerId).ToListAsync(cancellationToken));
            hub["opportunities"] = Array(await db.Opportunities.AsNoTracking().Where(x => x.CustomerId == customerId).ToListAsync(cancellationToken));
            hub["serviceCases"] = Array(await db.ServiceCases.AsNoTracking().Where(x => x.CustomerId == customerId).ToListAsync(cancellationToken));
            hub["salesOrders"] = Array(await db.SalesOrders.AsNoTracking().Where(x => x.CustomerId == customerId).ToListAsync(cancellationToken));
            hub["invoices"] = Array(await db.Invoices.AsNoTracking().Where(x => x.CustomerId == customerId).ToListAsync(cancellationToken));
            hub["creditProfiles"] = Array(await db.CreditProfiles.AsNoTracking().Where(x => x.CustomerId == customerId).ToListAsync(cancellationToken));
        }

        await progress("Reading change requests", 35);
        var changes = await db.ChangeRequests.AsNoTracking().Include(c => c.Fields).Where(c => c.CustomerId == customerId).ToListAsync(cancellationToken);
        hub["changeRequests"] = Array(changes);

        await progress("Reading merge history", 45);
        var merges = await db.MergeRecords.AsNoTracking()
            .Where(m => m.SurvivorCustomerId == customerId || m.MergedCustomerId == customerId).ToListAsync(cancellationToken);
        hub["mergeHistory"] = Array(merges);

        await progress("Reading quote conversions and credit requests", 55);
        hub["quoteConversions"] = Array(await db.QuoteConversions.AsNoTracking().Where(q => q.CustomerId == customerId).ToListAsync(cancellationToken));
        var credit = await db.CreditRequests.AsNoTracking().Where(c => c.CustomerId == customerId).ToListAsync(cancellationToken);
        hub["creditRequests"] = Array(credit);

        await progress("Reading audit events", 65);
        var about = new List<string> { customerId.ToString(), request.SubjectId.ToString() };
        about.AddRange(changes.Select(c => c.Id.ToString()));
        about.AddRange(credit.Select(c => c.Id.ToString()));
        var audit = await db.AuditEvents.AsNoTracking().Where(a => about.Contains(a.EntityId)).ToListAsync(cancellationToken);
        hub["auditEvents"] = Array(audit.OrderBy(a => a.Id));
        counts["Hub"] = hub.Sum(p => p.Value is JsonArray a ? a.Count : p.Value is null ? 0 : 1);

        await progress("Reading the CRM live", 75);
        var live = new JsonObject
        {
            ["crm"] = await ReadCrmAsync(links, request.SubjectKind == AccessSubjectKind.Contact ? subjectContact : null, warnings, counts, cancellationToken),
        };
        await progress("Reading the ERP live", 85);
        live["erp"] = await ReadErpAsync(links, warnings, counts, cancellationToken);

        var document = new JsonObject
        {
            ["format"] = Format,
            ["generatedAt"] = clock.GetUtcNow(),
            ["accessRequest"] = new JsonObject
            {
                ["id"] = request.Id,
                ["jurisdiction"] = request.Jurisdiction.ToString().ToUpperInvariant(),
                ["receivedOn"] = request.ReceivedOn.ToString("yyyy-MM-dd"),
                ["dueOn"] = request.DueOn.ToString("yyyy-MM-dd"),
                ["requesterName"] = request.RequesterName,
            },
            ["subject"] = new JsonObject
            {
                ["kind"] = request.SubjectKind.ToString(),
                ["id"] = request.SubjectId,
                ["name"] = request.SubjectName,
                ["customerId"] = customerId,
            },
            ["sources"] = Sources(counts, warnings),
            ["hub"] = hub,
            ["live"] = live,
            ["warnings"] = new JsonArray([.. warnings.Select(w => (JsonNode?)JsonValue.Create(w))]),
        };
        return new AccessPackageContent(document, warnings);
    }

    private static async Task<List<Contact>> ContactsAsync(PortalDbContext db, AccessRequest request, CancellationToken cancellationToken)
    {
        if (request.SubjectKind == AccessSubjectKind.Customer)
        {
            return await db.Contacts.AsNoTracking().Where(c => c.CustomerId == request.SubjectCustomerId).ToListAsync(cancellationToken);
        }

        // The same person is often a contact at more than one customer: the same email finds those rows too.
        var subject = await db.Contacts.AsNoTracking().FirstOrDefaultAsync(c => c.Id == request.SubjectId, cancellationToken);
        if (subject?.Email is not { Length: > 0 } email)
        {
            return subject is null ? [] : [subject];
        }

        return await db.Contacts.AsNoTracking().Where(c => c.Id == subject.Id || c.Email == email).ToListAsync(cancellationToken);
    }

    private async Task<JsonObject> ReadCrmAsync(
        List<SourceLink> links, Contact? contact, List<string> warnings, Dictionary<string, int> counts, CancellationToken cancellationToken)
    {
        var accounts = new JsonArray();
        var result = new JsonObject { ["system"] = "Crm", ["accounts"] = accounts };
        foreach (var link in links.Where(l => l.System == SourceSystem.Crm && !l.IsDeletedAtSource))
        {
            var account = await LiveAsync("CRM account " + link.ExternalId, warnings, () => Guid.TryParse(link.ExternalId, out var id)
                ? crm.GetAccountAsync(id, cancellationToken) : Task.FromResult<CrmAccount?>(null));
            if (account is not null)
            {
                accounts.Add(Node(account));
                counts["Crm"]++;
            }
        }

        if (contact is not null)
        {
            var live = await LiveAsync("CRM contact " + contact.CrmContactId, warnings, () => Guid.TryParse(contact.CrmContactId, out var id)
                ? crm.GetContactAsync(id, cancellationToken) : Task.FromResult<CrmContact?>(null));
            result["contact"] = live is null ? null : Node(live);
            counts["Crm"] += live is null ? 0 : 1;
        }

        return result;
    }

    private async Task<JsonObject> ReadErpAsync(List<SourceLink> links, List<string> warnings, Dictionary<string, int> counts, CancellationToken cancellationToken)
    {
        var customers = new JsonArray();
        foreach (var link in links.Where(l => l.System == SourceSystem.Erp && !l.IsDeletedAtSource))
        {
            var position = await LiveAsync("ERP customer " + link.ExternalId, warnings, () => Guid.TryParse(link.ExternalId, out var id)
                ? erp.GetCreditPositionAsync(id, cancellationToken) : Task.FromResult<ErpCreditPosition?>(null));
            if (position is not null)
            {
                customers.Add(Node(position));
                counts["Erp"]++;
            }
        }

        return new JsonObject { ["system"] = "Erp", ["customers"] = customers };
    }

    /// <summary>A live read that fails is a warning in the package (and on the page), not a silently shorter package.</summary>
    private static async Task<T?> LiveAsync<T>(string what, List<string> warnings, Func<Task<T?>> read) where T : class
    {
        try
        {
            var value = await read();
            if (value is null)
            {
                warnings.Add($"{what} was not found in the source system.");
            }

            return value;
        }
        catch (Exception e) when (e is SourceUnavailableException or HttpRequestException or TimeoutException or TaskCanceledException)
        {
            warnings.Add($"{what} could not be read live: {e.Message}");
            return null;
        }
    }

    private JsonArray Sources(Dictionary<string, int> counts, List<string> warnings)
    {
        var locations = options.Value.DataLocations;
        var sources = new JsonArray();
        foreach (var (system, name) in new[] { ("Hub", "Customer 360 hub"), ("Crm", "CRM"), ("Erp", "ERP") })
        {
            var location = locations.FirstOrDefault(l => string.Equals(l.System, system, StringComparison.OrdinalIgnoreCase));
            if (location is null)
            {
                warnings.Add($"Privacy:DataLocations does not say where the {name} is hosted.");
            }

            sources.Add(new JsonObject
            {
                ["system"] = system,
                ["store"] = location?.Store ?? name,
                ["region"] = location?.Region,
                ["provider"] = location?.Provider,
                ["basis"] = location?.Basis,
                ["records"] = counts[system],
            });
        }

        foreach (var other in locations.Where(l => string.IsNullOrEmpty(l.System)))
        {
            sources.Add(new JsonObject
            {
                ["system"] = null,
                ["store"] = other.Store,
                ["region"] = other.Region,
                ["provider"] = other.Provider,
                ["basis"] = other.Basis,
                ["records"] = null,
            });
        }

        return sources;
    }

    private static JsonNode? Node<T>(T value) => JsonSerializer.SerializeToNode(value, Json);

    private static JsonArray Array<T>(IEnumerable<T> values) => new([.. values.Select(Node)]);
}
