using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CrmErpPortal.Tests.TestSupport;

namespace CrmErpPortal.Tests.Sandbox.Dataverse;

/// <summary>A per-test sandbox plus a plain HttpClient aimed at its Dataverse Web API root, sending the headers a real client sends.</summary>
public sealed class DataverseApi : IAsyncLifetime
{
    public SandboxHost Host { get; } = new();

    public HttpClient Http { get; private set; } = default!;

    public Uri Root => new(Host.CrmBase, "api/data/v9.2/");

    public async Task InitializeAsync()
    {
        await Host.InitializeAsync();
        Http = new HttpClient { BaseAddress = Root };
        Http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        Http.DefaultRequestHeaders.Add("OData-MaxVersion", "4.0");
        Http.DefaultRequestHeaders.Add("OData-Version", "4.0");
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        await Host.DisposeAsync();
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, JsonObject? body = null, params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return Http.SendAsync(request);
    }

    public Task<HttpResponseMessage> GetAsync(string url, params (string Name, string Value)[] headers) => SendAsync(HttpMethod.Get, url, null, headers);

    public async Task<JsonObject> GetJsonAsync(string url, params (string Name, string Value)[] headers)
    {
        using var response = await GetAsync(url, headers);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {url} answered {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!.AsObject();
    }

    public async Task<Guid> CreateAsync(string entitySet, JsonObject body)
    {
        using var response = await SendAsync(HttpMethod.Post, entitySet, body);
        Assert.Equal(System.Net.HttpStatusCode.NoContent, response.StatusCode);
        var entityId = response.Headers.GetValues("OData-EntityId").Single();
        return Guid.Parse(entityId[(entityId.LastIndexOf('(') + 1)..^1]);
    }

    /// <summary>Seeds rows straight into the store, as the seed generator does: accountid, name and accountnumber A{n}.</summary>
    public async Task<List<Guid>> SeedAccountsAsync(int count)
    {
        var ids = Enumerable.Range(0, count).Select(_ => Guid.NewGuid()).ToList();
        await Host.Systems.Crm.Store.BulkInsertAsync("accounts", ids.Select((id, n) => (id, new JsonObject
        {
            ["accountid"] = id.ToString(),
            ["name"] = $"Account {n:D3}",
            ["accountnumber"] = $"A{n}",
            ["statecode"] = 0,
            ["statuscode"] = 1,
            ["createdon"] = "2026-01-01T00:00:00Z",
        }, DateTimeOffset.UtcNow)));
        return ids;
    }

    public static async Task<JsonObject> ReadJsonAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

    public static string ErrorCode(JsonObject body) => body["error"]!["code"]!.GetValue<string>();

    public static string ErrorMessage(JsonObject body) => body["error"]!["message"]!.GetValue<string>();
}
