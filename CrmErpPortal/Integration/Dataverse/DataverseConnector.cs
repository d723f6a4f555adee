using System.Runtime.CompilerServices;
using System.Text.Json;
using CrmErpPortal.Integration.Http;
using Microsoft.Extensions.Options;

namespace CrmErpPortal.Integration.Dataverse;

/// <summary>Dynamics 365 Sales through the Dataverse Web API v9.2 (PROTOCOLS.md §2–§6).</summary>
public sealed partial class DataverseConnector(HttpClient http, IOptions<CrmOptions> options) : ICrmConnector
{
    public const string SystemName = "CRM (Dataverse)";
    private const string Api = "api/data/v9.2/";

    /// <summary>DuplicateRecord and DuplicateRecordEntityKey; a stale etag is 0x80060882 (ConcurrencyVersionMismatch).</summary>
    private static readonly HashSet<string> DuplicateCodes = new(StringComparer.OrdinalIgnoreCase) { "0x80040237", "0x80060892" };

    public IAsyncEnumerable<ChangePage<CrmAccount>> ReadAccountsAsync(string? deltaLink, CancellationToken cancellationToken) =>
        ReadChangesAsync("accounts", DataverseMapping.AccountColumns, deltaLink, DataverseMapping.ToAccount, cancellationToken);

    public IAsyncEnumerable<ChangePage<CrmContact>> ReadContactsAsync(string? deltaLink, CancellationToken cancellationToken) =>
        ReadChangesAsync("contacts", DataverseMapping.ContactColumns, deltaLink, DataverseMapping.ToContact, cancellationToken);

    public IAsyncEnumerable<ChangePage<CrmQuote>> ReadQuotesAsync(string? deltaLink, CancellationToken cancellationToken) =>
        ReadChangesAsync("quotes", DataverseMapping.QuoteColumns, deltaLink, DataverseMapping.ToQuote, cancellationToken);

    public IAsyncEnumerable<ChangePage<CrmOpportunity>> ReadOpportunitiesAsync(string? deltaLink, CancellationToken cancellationToken) =>
        ReadChangesAsync("opportunities", DataverseMapping.OpportunityColumns, deltaLink, DataverseMapping.ToOpportunity, cancellationToken);

    public IAsyncEnumerable<ChangePage<CrmCase>> ReadCasesAsync(string? deltaLink, CancellationToken cancellationToken) =>
        ReadChangesAsync("incidents", DataverseMapping.CaseColumns, deltaLink, DataverseMapping.ToCase, cancellationToken);

    public async Task<CrmAccount?> GetAccountAsync(Guid id, CancellationToken cancellationToken)
    {
        using var request = NewRequest($"{Api}accounts({id})?$select={DataverseMapping.AccountColumns}");
        using var response = await SourceErrors.SendAsync(http, request, SystemName, cancellationToken);
        if (response.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return null;
        }

        await SourceErrors.EnsureSuccessAsync(response, SystemName, cancellationToken);
        using var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        return DataverseMapping.ToAccount(json.RootElement);
    }

    public async Task<CrmContact?> GetContactAsync(Guid id, CancellationToken cancellationToken)
    {
        using var request = NewRequest($"{Api}contacts({id})?$select={DataverseMapping.ContactColumns}");
        using var response = await SourceErrors.SendAsync(http, request, SystemName, cancellationToken);
        if (response.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return null;
        }

        await SourceErrors.EnsureSuccessAsync(response, SystemName, cancellationToken);
        using var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        return DataverseMapping.ToContact(json.RootElement);
    }

    public Task<SourceRecordSnapshot?> ReadAccountColumnsAsync(Guid id, IReadOnlyCollection<string> columns, CancellationToken cancellationToken) =>
        ReadColumnsAsync("accounts", "accountid", id, columns, cancellationToken);

    public Task<WriteResult> UpdateAccountAsync(Guid id, IReadOnlyDictionary<string, object?> columns, string etag, CancellationToken cancellationToken) =>
        UpdateColumnsAsync("accounts", "accountid", id, columns, etag, cancellationToken);

    public Task<SourceRecordSnapshot?> ReadQuoteLineColumnsAsync(Guid id, IReadOnlyCollection<string> columns, CancellationToken cancellationToken) =>
        ReadColumnsAsync("quotedetails", "quotedetailid", id, columns, cancellationToken);

    public Task<WriteResult> UpdateQuoteLineAsync(Guid id, IReadOnlyDictionary<string, object?> columns, string etag, CancellationToken cancellationToken) =>
        UpdateColumnsAsync("quotedetails", "quotedetailid", id, columns, etag, cancellationToken);

    private async Task<SourceRecordSnapshot?> ReadColumnsAsync(string entitySet, string key, Guid id, IReadOnlyCollection<string> columns, CancellationToken cancellationToken)
    {
        using var request = NewRequest($"{Api}{entitySet}({id})?$select={string.Join(',', columns.Append(key).Distinct())}");
        using var response = await SourceErrors.SendAsync(http, request, SystemName, cancellationToken);
        if (response.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return null;
        }

        await SourceErrors.EnsureSuccessAsync(response, SystemName, cancellationToken);
        using var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        return SourceRecordSnapshot.From(json.RootElement, columns);
    }

    private async Task<WriteResult> UpdateColumnsAsync(
        string entitySet, string key, Guid id, IReadOnlyDictionary<string, object?> columns, string etag, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Patch, $"{Api}{entitySet}({id})?$select={key}") { Content = System.Net.Http.Json.JsonContent.Create(columns) };
        AddODataHeaders(request);
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        request.Headers.Add("Prefer", "return=representation");
        using var response = await SourceErrors.SendAsync(http, request, SystemName, cancellationToken);
        switch (response.StatusCode)
        {
            case System.Net.HttpStatusCode.PreconditionFailed:
                var refused = await SourceErrors.ReadAsync(response, cancellationToken);
                // 412 is also Dataverse's answer to a duplicate record or alternate key (PROTOCOLS.md §8): a refusal that
                // no re-read and retry can change, not a stale etag.
                return DuplicateCodes.Contains(refused.Code ?? string.Empty)
                    ? throw new SourceRequestException(SystemName, refused)
                    : new WriteResult(WriteOutcome.Conflict, null, refused.Message);
            case System.Net.HttpStatusCode.NotFound:
                return new WriteResult(WriteOutcome.NotFound, null, (await SourceErrors.ReadAsync(response, cancellationToken)).Message);
        }

        await SourceErrors.EnsureSuccessAsync(response, SystemName, cancellationToken);
        using var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        return WriteResult.Applied(json.RootElement.Str("@odata.etag"));
    }

    public async Task<Guid> ConvertQuoteToSalesOrderAsync(Guid quoteId, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{Api}ConvertQuoteToSalesOrder")
        {
            // Action parameters are PascalCase (the SDK's names), so the default camelCase web options must not apply.
            Content = System.Net.Http.Json.JsonContent.Create(
                new { QuoteId = quoteId, ColumnSet = new { AllColumns = false, Columns = new[] { "salesorderid", "ordernumber" } } },
                options: new JsonSerializerOptions()),
        };
        AddODataHeaders(request);
        using var response = await SourceErrors.SendAsync(http, request, SystemName, cancellationToken);
        await SourceErrors.EnsureSuccessAsync(response, SystemName, cancellationToken);
        using var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        return json.RootElement.Id("salesorderid") ?? throw new InvalidDataException("ConvertQuoteToSalesOrder answered without a salesorderid.");
    }

    public async Task<bool> EnsureWebhookAsync(Uri url, string key, IReadOnlyList<string> tables, CancellationToken cancellationToken)
    {
        var escaped = url.ToString().Replace("'", "''", StringComparison.Ordinal);
        using (var find = NewRequest($"{Api}serviceendpoints?$select=serviceendpointid,url&$filter=url eq '{Uri.EscapeDataString(escaped)}'"))
        using (var found = await SourceErrors.SendAsync(http, find, SystemName, cancellationToken))
        {
            await SourceErrors.EnsureSuccessAsync(found, SystemName, cancellationToken);
            using var json = await JsonDocument.ParseAsync(await found.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
            if (json.RootElement.GetProperty("value").GetArrayLength() > 0)
            {
                return false;
            }
        }

        // Contract 8 = webhook, auth type 4 = WebhookKey (sent as ?code=), PROTOCOLS.md §9.
        var endpointId = Guid.NewGuid();
        await PostAsync("serviceendpoints", new { serviceendpointid = endpointId, name = "CrmErpPortal", contract = 8, url = url.ToString(), authtype = 4, authvalue = key }, cancellationToken);
        foreach (var table in tables)
        {
            foreach (var message in new[] { "Create", "Update", "Delete" })
            {
                // Step binding by message and table name is the sandbox's simplification of the sdkmessage/sdkmessagefilter
                // binds; on a real environment register the steps with the Plug-in Registration Tool (see README).
                await PostAsync("sdkmessageprocessingsteps", new Dictionary<string, object>
                {
                    ["name"] = $"CrmErpPortal: {message} of {table}",
                    ["messagename"] = message,
                    ["primaryentity"] = table,
                    ["stage"] = 40,
                    ["mode"] = 1,
                    ["eventhandler_serviceendpoint@odata.bind"] = $"/serviceendpoints({endpointId})",
                }, cancellationToken);
            }
        }

        return true;
    }

    private async Task PostAsync(string entitySet, object body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{Api}{entitySet}") { Content = System.Net.Http.Json.JsonContent.Create(body) };
        AddODataHeaders(request);
        using var response = await SourceErrors.SendAsync(http, request, SystemName, cancellationToken);
        await SourceErrors.EnsureSuccessAsync(response, SystemName, cancellationToken);
    }

    /// <summary>
    /// Change tracking (PROTOCOLS.md §5): the first read asks for odata.track-changes and pages with nextLink;
    /// the last page's deltaLink is the next starting point. Links are followed exactly as given.
    /// </summary>
    private async IAsyncEnumerable<ChangePage<T>> ReadChangesAsync<T>(
        string entitySet, string columns, string? deltaLink, Func<JsonElement, T> map, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var url = deltaLink ?? $"{Api}{entitySet}?$select={columns}";
        while (url is not null)
        {
            using var request = NewRequest(url);
            request.Headers.Add("Prefer", $"odata.track-changes,odata.maxpagesize={options.Value.PageSize},odata.include-annotations=\"Microsoft.Dynamics.CRM.lookuplogicalname\"");
            using var response = await SourceErrors.SendAsync(http, request, SystemName, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                var error = await SourceErrors.ReadAsync(response, cancellationToken);
                if (error.Message.Contains("Version stamp associated with the client has expired", StringComparison.OrdinalIgnoreCase))
                {
                    throw new DeltaTokenExpiredException($"Dataverse no longer holds the changes of {entitySet} since the last sync: {error.Message}");
                }

                await SourceErrors.EnsureSuccessAsync(response, SystemName, cancellationToken);
            }

            using var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
            var root = json.RootElement;
            var upserts = new List<T>();
            var deleted = new List<Guid>();
            foreach (var row in root.GetProperty("value").EnumerateArray())
            {
                if (IsDeletion(row))
                {
                    deleted.Add(row.Id("id") ?? throw new InvalidDataException("A Dataverse deletion came without an id."));
                }
                else
                {
                    upserts.Add(map(row));
                }
            }

            var next = root.Str("@odata.nextLink");
            yield return new ChangePage<T>(upserts, deleted, next is null ? root.Str("@odata.deltaLink") : null);
            url = next;
        }
    }

    private static bool IsDeletion(JsonElement row) =>
        row.Str("@odata.context")?.EndsWith("$deletedEntity", StringComparison.Ordinal) == true
        || row.Str("reason") == "deleted";

    private static HttpRequestMessage NewRequest(string url)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        AddODataHeaders(request);
        request.Headers.TryAddWithoutValidation("If-None-Match", "null");
        return request;
    }

    private static void AddODataHeaders(HttpRequestMessage request)
    {
        request.Headers.Add("Accept", "application/json");
        request.Headers.Add("OData-MaxVersion", "4.0");
        request.Headers.Add("OData-Version", "4.0");
    }
}
