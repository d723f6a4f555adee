using System.Text.Json.Nodes;
using CrmErpPortal.Sandbox.Storage;

namespace CrmErpPortal.Sandbox.BusinessCentral;

/// <summary>
/// <c>POST salesQuotes({id})/Microsoft.NAV.makeOrder</c>: codeunit "Sales-Quote to Order" makes an order with the quote's
/// customer, externalDocumentNumber and lines, then deletes the quote (API page 30037 returns it as Deleted), so a
/// repeated call is 404. Answers 204 with no Location header: the docs promise none, so clients find the order by
/// externalDocumentNumber, which works the same against real BC.
/// </summary>
public sealed class BcMakeOrder(RecordStore store, BcWriter writer, BcDocuments documents, TimeProvider time)
{
    private static readonly string[] NotCopied =
        ["id", "number", "status", "validUntilDate", "sentDate", "acceptedDate", "dueDate", "lastModifiedDateTime", "@odata.etag"];

    public Task<StoredRecord> ExecuteAsync(Guid quoteId, CancellationToken ct) =>
        writer.ExclusiveAsync(() => MakeOrderAsync(quoteId, ct), ct);

    private async Task<StoredRecord> MakeOrderAsync(Guid quoteId, CancellationToken ct)
    {
        var quotes = BcEntitySets.Find("salesQuotes");
        var orders = BcEntitySets.Find("salesOrders");
        var quote = await store.FindAsync(quotes.StoreSet, quoteId, ct) ?? throw BcException.NotFound();
        var customerId = BcJson.ReadGuid(quote.Body["customerId"]);
        var customer = customerId is { } id ? await store.FindAsync("customers", id, ct) : null;
        if (customer is null)
        {
            throw BcException.Dialog("The quote has no customer. Specify a customer before you make an order");
        }

        BcDocuments.CheckNotBlocked(orders, customer);
        var today = BcJson.Today(time);
        if (BcJson.ReadDate(quote.Body["validUntilDate"]) is { } validUntil && validUntil < today)
        {
            throw BcException.Dialog(
                $"Sales Quote {BcJson.ReadString(quote.Body["number"])} has expired. It was valid until {BcJson.Date(validUntil)}");
        }

        var order = new JsonObject();
        foreach (var (name, value) in quote.Body)
        {
            if (!NotCopied.Contains(name))
            {
                order[name] = value?.DeepClone();
            }
        }

        order["quoteNumber"] = quote.Body["number"]?.DeepClone();
        order["orderDate"] = BcJson.Date(today);
        order["documentDate"] = BcJson.Date(today);
        var lines = await store.FindByPropertyAsync("salesQuoteLines", "documentId", quoteId.ToString(), ct);
        order[orders.LinesSet!] = new JsonArray(lines
            .OrderBy(l => BcJson.ReadDecimal(l.Body["sequence"]))
            .Select(l => (JsonNode)Without(l.Body, "id", "documentId"))
            .ToArray());

        var created = await writer.CreateLockedAsync(orders, order, null, ct, trusted: true);
        created = await store.UpdateAsync(orders.StoreSet, created.Id, body =>
        {
            body["status"] = "Open";
            return body;
        }, created.Version, ct);
        writer.Notify(orders, created, "updated");

        await documents.DeleteLinesAsync("salesQuoteLines", quoteId, ct);
        var deleted = await store.DeleteAsync(quotes.StoreSet, quoteId, cancellationToken: ct);
        writer.Notify(quotes, deleted, "deleted");
        return created;
    }

    private static JsonObject Without(JsonObject body, params string[] names)
    {
        var copy = body.DeepClone().AsObject();
        foreach (var name in names)
        {
            copy.Remove(name);
        }

        return copy;
    }
}
