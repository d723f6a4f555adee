using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CrmErpPortal.Integration.Http;

namespace CrmErpPortal.Integration.BusinessCentral;

/// <summary>Customers found and created by number, Business Central's natural key (PROTOCOLS.md §7).</summary>
public sealed partial class BusinessCentralConnector
{
    public async Task<ErpCustomerRef?> FindCustomerByNumberAsync(string number, CancellationToken cancellationToken)
    {
        var company = await CompanyPathAsync(cancellationToken);
        var literal = Uri.EscapeDataString(number.Replace("'", "''", StringComparison.Ordinal));
        await foreach (var page in ReadPagesAsync($"{company}/customers?$filter=number eq '{literal}'&$select=id,number,displayName", ToCustomerRef, cancellationToken))
        {
            if (page.Count > 0)
            {
                return page[0];
            }
        }

        return null;
    }

    public async Task<ErpCustomerRef> CreateCustomerAsync(ErpCustomerDraft draft, CancellationToken cancellationToken)
    {
        if (await FindCustomerByNumberAsync(draft.Number, cancellationToken) is { } existing)
        {
            return existing;
        }

        var company = await CompanyPathAsync(cancellationToken);
        var body = new Dictionary<string, object?>
        {
            ["number"] = draft.Number,
            ["displayName"] = draft.DisplayName,
            ["type"] = "Company",
            ["addressLine1"] = draft.Address.Line1 ?? string.Empty,
            ["addressLine2"] = draft.Address.Line2 ?? string.Empty,
            ["city"] = draft.Address.City ?? string.Empty,
            ["state"] = draft.Address.Region ?? string.Empty,
            ["postalCode"] = draft.Address.Postcode ?? string.Empty,
            ["country"] = draft.Address.Country ?? string.Empty,
            ["phoneNumber"] = draft.Phone ?? string.Empty,
            ["email"] = draft.Email ?? string.Empty,
            ["taxRegistrationNumber"] = draft.TaxRegistrationNumber ?? string.Empty,
            ["currencyCode"] = draft.CurrencyCode,
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{company}/customers") { Content = JsonContent.Create(body) };
        using var response = await SourceErrors.SendAsync(http, request, SystemName, cancellationToken);
        if (response.StatusCode == HttpStatusCode.Conflict)
        {
            // Internal_EntityWithSameKeyExists: another attempt (or a person) made it meanwhile; that one is ours to link.
            var refused = await SourceErrors.ReadAsync(response, cancellationToken);
            return await FindCustomerByNumberAsync(draft.Number, cancellationToken) ?? throw new SourceRequestException(SystemName, refused);
        }

        await SourceErrors.EnsureSuccessAsync(response, SystemName, cancellationToken);
        using var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        return ToCustomerRef(json.RootElement);
    }

    private static ErpCustomerRef ToCustomerRef(JsonElement row) =>
        new(row.Id("id") ?? Guid.Empty, row.Str("number") ?? string.Empty, row.Str("displayName") ?? string.Empty, row.Str("@odata.etag"));
}
