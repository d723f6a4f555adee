using System.Net.Http.Json;
using System.Text.Json;
using CrmErpPortal.Integration.Http;

namespace CrmErpPortal.Integration.Dataverse;

/// <summary>Quote to order on the CRM side (PROTOCOLS.md §10): a quote read live with its lines, and the link back.</summary>
public sealed partial class DataverseConnector
{
    /// <summary>The sandbox organisation's custom column on salesorder for the ERP order number (publisher prefix "new").</summary>
    public const string ErpOrderNumberColumn = "new_erpordernumber";

    public async Task<CrmQuoteDetail?> GetQuoteAsync(Guid quoteId, CancellationToken cancellationToken)
    {
        var quote = await GetJsonAsync($"{Api}quotes({quoteId})?$select={DataverseMapping.QuoteColumns}", DataverseMapping.ToQuote, cancellationToken);
        if (quote is null)
        {
            return null;
        }

        var lines = await GetJsonAsync(
            $"{Api}quotedetails?$select=quotedetailid,lineitemnumber,productnumber,productdescription,quantity,priceperunit,extendedamount&$filter=_quoteid_value eq {quoteId}",
            root => root.GetProperty("value").EnumerateArray().Select(row => new CrmQuoteLine(
                row.Int("lineitemnumber") ?? 0,
                row.Str("productnumber"),
                row.Str("productdescription"),
                row.Dec("quantity") ?? 0m,
                row.Dec("priceperunit") ?? 0m,
                row.Dec("extendedamount") ?? 0m,
                row.Id("quotedetailid"))).OrderBy(l => l.LineNumber).ToList(),
            cancellationToken);
        return new CrmQuoteDetail(quote, lines ?? []);
    }

    public async Task<Guid> LinkQuoteToErpOrderAsync(Guid quoteId, string erpOrderNumber, CancellationToken cancellationToken)
    {
        var existing = await GetJsonAsync(
            $"{Api}salesorders?$select=salesorderid&$filter=_quoteid_value eq {quoteId}",
            root => root.GetProperty("value").EnumerateArray().Select(r => r.Id("salesorderid")).FirstOrDefault(id => id is not null),
            cancellationToken);
        var orderId = existing ?? await ConvertQuoteToSalesOrderAsync(quoteId, cancellationToken);

        // If-Match: * makes the PATCH update-only: without it Dataverse would upsert (PROTOCOLS.md §6).
        using var request = new HttpRequestMessage(HttpMethod.Patch, $"{Api}salesorders({orderId})")
        {
            Content = JsonContent.Create(new Dictionary<string, object?> { [ErpOrderNumberColumn] = erpOrderNumber }),
        };
        AddODataHeaders(request);
        request.Headers.TryAddWithoutValidation("If-Match", "*");
        using var response = await SourceErrors.SendAsync(http, request, SystemName, cancellationToken);
        await SourceErrors.EnsureSuccessAsync(response, SystemName, cancellationToken);
        return orderId;
    }

    private async Task<T?> GetJsonAsync<T>(string url, Func<JsonElement, T> map, CancellationToken cancellationToken)
    {
        using var request = NewRequest(url);
        using var response = await SourceErrors.SendAsync(http, request, SystemName, cancellationToken);
        if (response.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return default;
        }

        await SourceErrors.EnsureSuccessAsync(response, SystemName, cancellationToken);
        using var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        return map(json.RootElement);
    }
}
