using System.Net.Http.Json;
using System.Text.Json;
using CrmErpPortal.Integration.Http;

namespace CrmErpPortal.Integration.BusinessCentral;

/// <summary>Quote to order (PROTOCOLS.md §7, §10): documents found by externalDocumentNumber, items, the order deep insert.</summary>
public sealed partial class BusinessCentralConnector
{
    public Task<ErpOrderRef?> FindInvoiceByExternalDocumentNumberAsync(string externalDocumentNumber, CancellationToken cancellationToken) =>
        FindFirstAsync("salesInvoices", externalDocumentNumber, "id,number,externalDocumentNumber", ToOrderRef, cancellationToken);

    public Task<ErpQuoteRef?> FindQuoteByExternalDocumentNumberAsync(string externalDocumentNumber, CancellationToken cancellationToken) =>
        FindFirstAsync("salesQuotes", externalDocumentNumber, "id,number,customerId,externalDocumentNumber",
            row => new ErpQuoteRef(row.Id("id") ?? Guid.Empty, row.Str("number") ?? string.Empty, row.Id("customerId") ?? Guid.Empty, row.Str("externalDocumentNumber")),
            cancellationToken);

    public async Task<IReadOnlyList<ErpItem>> ReadItemsAsync(IReadOnlyCollection<string> numbers, CancellationToken cancellationToken)
    {
        var items = new List<ErpItem>();
        var company = await CompanyPathAsync(cancellationToken);
        // A handful of numbers per quote; chunks keep the URL short whatever the quote's size.
        foreach (var chunk in numbers.Distinct(StringComparer.Ordinal).Chunk(20))
        {
            var filter = string.Join(" or ", chunk.Select(n => $"number eq '{Uri.EscapeDataString(n.Replace("'", "''", StringComparison.Ordinal))}'"));
            await foreach (var page in ReadPagesAsync($"{company}/items?$filter={filter}", ToItem, cancellationToken))
            {
                items.AddRange(page);
            }
        }

        return items;
    }

    public async Task<ErpOrderRef> CreateSalesOrderAsync(ErpOrderDraft draft, CancellationToken cancellationToken)
    {
        if (await FindOrderByExternalDocumentNumberAsync(draft.ExternalDocumentNumber, cancellationToken) is { } existing)
        {
            return existing;
        }

        var company = await CompanyPathAsync(cancellationToken);
        var body = new Dictionary<string, object?>
        {
            ["customerId"] = draft.CustomerId,
            ["externalDocumentNumber"] = draft.ExternalDocumentNumber,
            ["currencyCode"] = draft.CurrencyCode,
            ["salesOrderLines"] = draft.Lines.Select(l => new { lineType = "Item", itemId = l.ItemId, quantity = l.Quantity, unitPrice = l.UnitPrice }).ToList(),
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{company}/salesOrders") { Content = JsonContent.Create(body) };
        using var response = await SourceErrors.SendAsync(http, request, SystemName, cancellationToken);
        await SourceErrors.EnsureSuccessAsync(response, SystemName, cancellationToken);
        using var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        return ToOrderRef(json.RootElement);
    }

    private static ErpOrderRef ToOrderRef(JsonElement row) =>
        new(row.Id("id") ?? Guid.Empty, row.Str("number") ?? string.Empty, row.Str("externalDocumentNumber"));

    private static ErpItem ToItem(JsonElement row) => new(
        row.Id("id") ?? Guid.Empty,
        row.Str("number") ?? string.Empty,
        row.Str("displayName") ?? string.Empty,
        row.Dec("unitPrice") ?? 0m,
        string.Equals(row.Str("type"), "Inventory", StringComparison.OrdinalIgnoreCase) ? row.Dec("inventory") ?? 0m : null,
        row.Bool("blocked") ?? false);

    private async Task<T?> FindFirstAsync<T>(string set, string externalDocumentNumber, string select, Func<JsonElement, T> map, CancellationToken cancellationToken)
        where T : class
    {
        var company = await CompanyPathAsync(cancellationToken);
        var literal = Uri.EscapeDataString(externalDocumentNumber.Replace("'", "''", StringComparison.Ordinal));
        await foreach (var page in ReadPagesAsync($"{company}/{set}?$filter=externalDocumentNumber eq '{literal}'&$select={select}", map, cancellationToken))
        {
            if (page.Count > 0)
            {
                return page[0];
            }
        }

        return null;
    }
}
