using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CrmErpPortal.Tests.Sandbox.Dataverse;

public sealed class DataverseChangeTrackingTests : IAsyncLifetime
{
    private static readonly (string, string) TrackChanges = ("Prefer", "odata.track-changes,odata.maxpagesize=4");
    private readonly DataverseApi _api = new();

    public Task InitializeAsync() => _api.InitializeAsync();

    public Task DisposeAsync() => _api.DisposeAsync();

    [Fact]
    public async Task DeltaLinkReportsCreatedUpdatedAndDeletedRows_AfterAnInitialLoad()
    {
        var ids = await _api.SeedAccountsAsync(6);
        var (initial, deltaLink) = await ReadAllPagesAsync("accounts?$select=name");
        var created = await _api.CreateAsync("accounts", new JsonObject { ["name"] = "New Co" });
        (await _api.SendAsync(HttpMethod.Patch, $"accounts({ids[1]})", new JsonObject { ["name"] = "Renamed" }, ("If-Match", "*"))).Dispose();
        (await _api.SendAsync(HttpMethod.Delete, $"accounts({ids[2]})")).Dispose();

        var delta = await _api.GetJsonAsync(deltaLink, TrackChanges);

        Assert.Equal(6, initial.Count);
        Assert.Contains("$deltatoken=", deltaLink);
        Assert.EndsWith("$metadata#accounts(name)/$delta", delta["@odata.context"]!.GetValue<string>());
        var rows = delta["value"]!.AsArray();
        Assert.Equal([created.ToString(), ids[1].ToString(), ids[2].ToString()], rows.Select(r => (r!["accountid"] ?? r["id"])!.GetValue<string>()));
        Assert.Equal("Renamed", rows[1]!["name"]!.GetValue<string>());
        Assert.Equal("deleted", rows[2]!["reason"]!.GetValue<string>());
        Assert.EndsWith("$metadata#accounts/$deletedEntity", rows[2]!["@odata.context"]!.GetValue<string>());
        Assert.NotNull(delta["@odata.deltaLink"]);
    }

    [Fact]
    public async Task DeltaPagesWithNextLink_AndListsDeletionsAfterChanges()
    {
        var ids = await _api.SeedAccountsAsync(3);
        var (_, deltaLink) = await ReadAllPagesAsync("accounts?$select=name");
        foreach (var id in ids)
        {
            (await _api.SendAsync(HttpMethod.Delete, $"accounts({id})")).Dispose();
        }

        var added = new List<Guid>();
        for (var n = 0; n < 3; n++)
        {
            added.Add(await _api.CreateAsync("accounts", new JsonObject { ["name"] = $"Added {n}" }));
        }

        var (changes, nextDeltaLink) = await ReadAllPagesAsync(deltaLink);
        var (afterwards, _) = await ReadAllPagesAsync(nextDeltaLink);

        Assert.Equal(added.Concat(ids).Select(id => id.ToString()), changes.Select(r => (r["accountid"] ?? r["id"])!.GetValue<string>()));
        Assert.Empty(afterwards);
    }

    [Fact]
    public async Task RefusesExpiredToken_WhenTheExpireTokensFaultIsOn()
    {
        await _api.SeedAccountsAsync(1);
        var (_, deltaLink) = await ReadAllPagesAsync("accounts?$select=name");
        using var admin = new HttpClient { BaseAddress = _api.Host.BaseAddress };
        (await admin.PutAsJsonAsync("sandbox/faults/crm", new { expireDeltaTokens = true })).Dispose();

        using var response = await _api.GetAsync(deltaLink, TrackChanges);
        var body = await DataverseApi.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Version stamp associated with the client has expired. Please perform a full sync.", DataverseApi.ErrorMessage(body));
        Assert.Equal("0x80044352", DataverseApi.ErrorCode(body));
    }

    [Theory]
    [InlineData("$filter=name eq 'x'")]
    [InlineData("$orderby=name")]
    [InlineData("$top=5")]
    [InlineData("$expand=primarycontactid")]
    public async Task RejectsQueryOptions_ThatChangeTrackingDoesNotAllow(string option)
    {
        using var response = await _api.GetAsync($"accounts?$select=name&{option}", TrackChanges);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task CountsPendingChanges_ForADeltaToken()
    {
        await _api.SeedAccountsAsync(2);
        var (_, deltaLink) = await ReadAllPagesAsync("accounts?$select=name");
        await _api.CreateAsync("accounts", new JsonObject { ["name"] = "New Co" });
        var token = deltaLink[(deltaLink.IndexOf("$deltatoken=", StringComparison.Ordinal) + "$deltatoken=".Length)..];

        using var response = await _api.GetAsync($"accounts/$count?$deltatoken={token}");

        Assert.Equal("1", await response.Content.ReadAsStringAsync());
    }

    private async Task<(List<JsonObject> Rows, string DeltaLink)> ReadAllPagesAsync(string link)
    {
        var rows = new List<JsonObject>();
        while (true)
        {
            var page = await _api.GetJsonAsync(link, TrackChanges);
            rows.AddRange(page["value"]!.AsArray().Select(r => r!.AsObject()));
            if (page["@odata.deltaLink"] is { } deltaLink)
            {
                return (rows, deltaLink.GetValue<string>());
            }

            link = page["@odata.nextLink"]!.GetValue<string>();
        }
    }
}
