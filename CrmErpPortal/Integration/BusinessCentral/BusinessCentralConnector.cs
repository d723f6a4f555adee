using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text.Json;
using CrmErpPortal.Integration.Http;
using Microsoft.Extensions.Options;

namespace CrmErpPortal.Integration.BusinessCentral;

/// <summary>Business Central through its standard API v2.0 (PROTOCOLS.md §2–§10).</summary>
public sealed partial class BusinessCentralConnector(HttpClient http, IOptions<ErpOptions> options, TimeProvider clock) : IErpConnector
{
    public const string SystemName = "ERP (Business Central)";
    private const string Api = "api/v2.0/";
    private readonly SemaphoreSlim _companyGate = new(1, 1);
    private Guid? _companyId;

    public async IAsyncEnumerable<IReadOnlyList<ErpCustomer>> ReadCustomersAsync(
        DateTimeOffset? since, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var company = await CompanyPathAsync(cancellationToken);
        await foreach (var page in ReadPagesAsync($"{company}/customers?$expand=customerFinancialDetail{ModifiedFilter(since, "&")}", BusinessCentralMapping.ToCustomer, cancellationToken))
        {
            yield return page;
        }
    }

    public async IAsyncEnumerable<IReadOnlyList<ErpAgedReceivable>> ReadAgedReceivablesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var company = await CompanyPathAsync(cancellationToken);
        await foreach (var page in ReadPagesAsync($"{company}/agedAccountsReceivables", BusinessCentralMapping.ToAgedReceivable, cancellationToken))
        {
            yield return page;
        }
    }

    public async Task<ErpCreditPosition?> GetCreditPositionAsync(Guid customerId, CancellationToken cancellationToken)
    {
        var company = await CompanyPathAsync(cancellationToken);
        var customer = await GetOneAsync($"{company}/customers({customerId})?$expand=customerFinancialDetail", BusinessCentralMapping.ToCustomer, cancellationToken);
        if (customer is null)
        {
            return null;
        }

        var aging = await GetOneAsync($"{company}/agedAccountsReceivables({customerId})", BusinessCentralMapping.ToAgedReceivable, cancellationToken);
        return new ErpCreditPosition(customer, aging, clock.GetUtcNow());
    }

    public async IAsyncEnumerable<IReadOnlyList<ErpInvoice>> ReadInvoicesAsync(
        DateTimeOffset? since, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var company = await CompanyPathAsync(cancellationToken);
        await foreach (var page in ReadPagesAsync($"{company}/salesInvoices{ModifiedFilter(since, "?")}", BusinessCentralMapping.ToInvoice, cancellationToken))
        {
            yield return page;
        }
    }

    public async IAsyncEnumerable<IReadOnlyList<ErpSalesOrder>> ReadSalesOrdersAsync(
        DateTimeOffset? since, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var company = await CompanyPathAsync(cancellationToken);
        await foreach (var page in ReadPagesAsync($"{company}/salesOrders{ModifiedFilter(since, "?")}", BusinessCentralMapping.ToSalesOrder, cancellationToken))
        {
            yield return page;
        }
    }

    public async Task<IReadOnlyList<ErpSalesOrder>> ReadCustomerSalesOrdersAsync(Guid customerId, CancellationToken cancellationToken)
    {
        var company = await CompanyPathAsync(cancellationToken);
        var orders = new List<ErpSalesOrder>();
        await foreach (var page in ReadPagesAsync($"{company}/salesOrders?$filter=customerId eq {customerId}", BusinessCentralMapping.ToSalesOrder, cancellationToken))
        {
            orders.AddRange(page);
        }

        return orders;
    }

    public async Task<SourceRecordSnapshot?> ReadCustomerFieldsAsync(Guid id, CancellationToken cancellationToken)
    {
        var company = await CompanyPathAsync(cancellationToken);
        return await GetOneAsync($"{company}/customers({id})", row => SourceRecordSnapshot.From(row), cancellationToken);
    }

    public async Task<WriteResult> UpdateCustomerAsync(Guid id, IReadOnlyDictionary<string, object?> fields, string etag, CancellationToken cancellationToken)
    {
        var company = await CompanyPathAsync(cancellationToken);
        using var request = new HttpRequestMessage(HttpMethod.Patch, $"{company}/customers({id})") { Content = JsonContent.Create(fields) };
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        using var response = await SourceErrors.SendAsync(http, request, SystemName, cancellationToken);
        if (response.StatusCode is HttpStatusCode.Conflict or HttpStatusCode.PreconditionFailed)
        {
            // Business Central reports a stale etag as 409 Request_EntityChanged where OData clients expect 412 (PROTOCOLS.md §6).
            return new WriteResult(WriteOutcome.Conflict, null, (await SourceErrors.ReadAsync(response, cancellationToken)).Message);
        }

        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return new WriteResult(WriteOutcome.NotFound, null, (await SourceErrors.ReadAsync(response, cancellationToken)).Message);
        }

        await SourceErrors.EnsureSuccessAsync(response, SystemName, cancellationToken);
        using var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        return WriteResult.Applied(json.RootElement.Str("@odata.etag"));
    }

    public async Task<ErpOrderRef?> MakeOrderFromQuoteAsync(Guid quoteId, string externalDocumentNumber, CancellationToken cancellationToken)
    {
        var company = await CompanyPathAsync(cancellationToken);
        using (var request = new HttpRequestMessage(HttpMethod.Post, $"{company}/salesQuotes({quoteId})/Microsoft.NAV.makeOrder"))
        using (var response = await SourceErrors.SendAsync(http, request, SystemName, cancellationToken))
        {
            // 404: the quote is gone, most likely because an earlier makeOrder succeeded; the lookup below finds that order.
            if (response.StatusCode != HttpStatusCode.NotFound)
            {
                await SourceErrors.EnsureSuccessAsync(response, SystemName, cancellationToken);
            }
        }

        return await FindOrderByExternalDocumentNumberAsync(externalDocumentNumber, cancellationToken);
    }

    public async Task<ErpOrderRef?> FindOrderByExternalDocumentNumberAsync(string externalDocumentNumber, CancellationToken cancellationToken)
    {
        var company = await CompanyPathAsync(cancellationToken);
        var literal = externalDocumentNumber.Replace("'", "''", StringComparison.Ordinal);
        await foreach (var page in ReadPagesAsync(
            $"{company}/salesOrders?$filter=externalDocumentNumber eq '{Uri.EscapeDataString(literal)}'&$select=id,number,externalDocumentNumber",
            row => new ErpOrderRef(row.Id("id") ?? Guid.Empty, row.Str("number") ?? string.Empty, row.Str("externalDocumentNumber")),
            cancellationToken))
        {
            if (page.Count > 0)
            {
                return page[0];
            }
        }

        return null;
    }

    public async Task<ErpSubscription> SubscribeAsync(string resource, string notificationUrl, string clientState, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{Api}subscriptions")
        {
            Content = JsonContent.Create(new { notificationUrl, resource, clientState }),
        };
        return await SendForSubscriptionAsync(request, cancellationToken);
    }

    public async Task<ErpSubscription> RenewSubscriptionAsync(ErpSubscription subscription, string clientState, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Patch, $"{Api}subscriptions('{subscription.Id}')")
        {
            Content = JsonContent.Create(new { notificationUrl = subscription.NotificationUrl, resource = subscription.Resource, clientState }),
        };
        request.Headers.TryAddWithoutValidation("If-Match", subscription.Etag);
        return await SendForSubscriptionAsync(request, cancellationToken);
    }

    public async Task<IReadOnlyList<ErpSubscription>> ListSubscriptionsAsync(CancellationToken cancellationToken)
    {
        var all = new List<ErpSubscription>();
        await foreach (var page in ReadPagesAsync($"{Api}subscriptions", BusinessCentralMapping.ToSubscription, cancellationToken))
        {
            all.AddRange(page);
        }

        return all;
    }

    public async Task<string> ResourcePathAsync(string entitySet, CancellationToken cancellationToken) =>
        $"/{await CompanyPathAsync(cancellationToken)}/{entitySet}";

    private async Task<ErpSubscription> SendForSubscriptionAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var response = await SourceErrors.SendAsync(http, request, SystemName, cancellationToken);
        await SourceErrors.EnsureSuccessAsync(response, SystemName, cancellationToken);
        using var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        return BusinessCentralMapping.ToSubscription(json.RootElement);
    }

    /// <summary>Datetime literals are unquoted in Business Central filters (PROTOCOLS.md §4).</summary>
    private static string ModifiedFilter(DateTimeOffset? since, string separator) =>
        since is { } t
            ? $"{separator}$filter=lastModifiedDateTime gt {t.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture)}"
            : string.Empty;

    private async IAsyncEnumerable<IReadOnlyList<T>> ReadPagesAsync<T>(
        string url, Func<JsonElement, T> map, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string? next = url;
        while (next is not null)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, next);
            request.Headers.Add("Prefer", $"odata.maxpagesize={options.Value.PageSize}");
            using var response = await SourceErrors.SendAsync(http, request, SystemName, cancellationToken);
            await SourceErrors.EnsureSuccessAsync(response, SystemName, cancellationToken);
            using var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
            var rows = json.RootElement.GetProperty("value").EnumerateArray().Select(map).ToList();
            next = json.RootElement.Str("@odata.nextLink");
            yield return rows;
        }
    }

    private async Task<T?> GetOneAsync<T>(string url, Func<JsonElement, T> map, CancellationToken cancellationToken)
        where T : class
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        using var response = await SourceErrors.SendAsync(http, request, SystemName, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        await SourceErrors.EnsureSuccessAsync(response, SystemName, cancellationToken);
        using var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        return map(json.RootElement);
    }

    /// <summary>Every business entity lives under a company (PROTOCOLS.md §2); its id is looked up once.</summary>
    private async Task<string> CompanyPathAsync(CancellationToken cancellationToken)
    {
        if (_companyId is { } known)
        {
            return $"{Api}companies({known})";
        }

        await _companyGate.WaitAsync(cancellationToken);
        try
        {
            if (_companyId is null)
            {
                var wanted = options.Value.Company;
                Guid? found = null;
                await foreach (var page in ReadPagesAsync($"{Api}companies", row => (Id: row.Id("id"), Name: row.Str("name"), Display: row.Str("displayName")), cancellationToken))
                {
                    found ??= page.FirstOrDefault(c => string.IsNullOrWhiteSpace(wanted)
                        || string.Equals(c.Name, wanted, StringComparison.OrdinalIgnoreCase)
                        || string.Equals(c.Display, wanted, StringComparison.OrdinalIgnoreCase)).Id;
                }

                _companyId = found ?? throw new SourceRequestException(SystemName, new SourceError(
                    HttpStatusCode.NotFound, "CompanyNotFound",
                    string.IsNullOrWhiteSpace(wanted) ? "The environment has no company." : $"No company is named '{wanted}'. Check Integration:Erp:Company."));
            }

            return $"{Api}companies({_companyId})";
        }
        finally
        {
            _companyGate.Release();
        }
    }
}
