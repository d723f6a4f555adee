using System.Net;
using System.Text.Json.Nodes;

namespace CrmErpPortal.Tests.Sandbox.Dataverse;

public sealed class DataverseWriteTests : IAsyncLifetime
{
    private readonly DataverseApi _api = new();

    public Task InitializeAsync() => _api.InitializeAsync();

    public Task DisposeAsync() => _api.DisposeAsync();

    [Fact]
    public async Task CreateAnswers204_WithODataEntityId()
    {
        using var response = await _api.SendAsync(HttpMethod.Post, "accounts", new JsonObject { ["name"] = "Kauri Ltd" });

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var entityId = response.Headers.GetValues("OData-EntityId").Single();
        Assert.Matches(@"/crm/api/data/v9\.2/accounts\([0-9a-f-]{36}\)$", entityId);
    }

    [Fact]
    public async Task CreateAnswers201WithTheRecord_WhenRepresentationIsPreferred()
    {
        var id = Guid.NewGuid();

        using var response = await _api.SendAsync(HttpMethod.Post, "accounts?$select=name,accountid",
            new JsonObject { ["accountid"] = id.ToString(), ["name"] = "Kauri Ltd" }, ("Prefer", "return=representation"));
        var body = await DataverseApi.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.False(response.Headers.Contains("OData-EntityId"));
        Assert.Equal(id.ToString(), body["accountid"]!.GetValue<string>());
        Assert.StartsWith("W/\"", body["@odata.etag"]!.GetValue<string>());
    }

    [Fact]
    public async Task CreateWithAnExistingPrimaryKey_Answers412()
    {
        var id = await _api.CreateAsync("accounts", new JsonObject { ["name"] = "First" });

        using var response = await _api.SendAsync(HttpMethod.Post, "accounts", new JsonObject { ["accountid"] = id.ToString(), ["name"] = "Replay" });
        var body = await DataverseApi.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        Assert.Equal("0x80040237", DataverseApi.ErrorCode(body));
    }

    [Fact]
    public async Task CreateWithAnUnknownColumn_Answers400()
    {
        using var response = await _api.SendAsync(HttpMethod.Post, "contacts", new JsonObject { ["lastname"] = "Smith", ["shoesize"] = 44 });
        var body = await DataverseApi.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("The property 'shoesize' does not exist on type 'Microsoft.Dynamics.CRM.contact'.", DataverseApi.ErrorMessage(body));
    }

    [Fact]
    public async Task PatchWithoutIfMatch_CreatesAMissingRecord()
    {
        var id = Guid.NewGuid();

        using var response = await _api.SendAsync(HttpMethod.Patch, $"accounts({id})", new JsonObject { ["name"] = "Upserted" });
        var record = await _api.GetJsonAsync($"accounts({id})");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("Upserted", record["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task PatchWithIfMatchStar_Answers404ForAMissingRecord()
    {
        using var response = await _api.SendAsync(HttpMethod.Patch, $"accounts({Guid.NewGuid()})", new JsonObject { ["name"] = "x" }, ("If-Match", "*"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task PatchWithIfMatchStar_MergesOnlyTheSentColumns()
    {
        var id = await _api.CreateAsync("accounts", new JsonObject { ["name"] = "Kauri Ltd", ["telephone1"] = "09 555 0100" });

        using var response = await _api.SendAsync(HttpMethod.Patch, $"accounts({id})", new JsonObject { ["telephone1"] = "09 555 0199" }, ("If-Match", "*"));
        var record = await _api.GetJsonAsync($"accounts({id})?$select=name,telephone1");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("Kauri Ltd", record["name"]!.GetValue<string>());
        Assert.Equal("09 555 0199", record["telephone1"]!.GetValue<string>());
    }

    [Fact]
    public async Task PatchWithIfNoneMatchStar_Answers412ForAnExistingRecord()
    {
        var id = await _api.CreateAsync("accounts", new JsonObject { ["name"] = "Kauri Ltd" });

        using var response = await _api.SendAsync(HttpMethod.Patch, $"accounts({id})", new JsonObject { ["name"] = "x" }, ("If-None-Match", "*"));
        var body = await DataverseApi.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        Assert.Equal("A record with matching key values already exists.", DataverseApi.ErrorMessage(body));
    }

    [Fact]
    public async Task PatchWithAStaleEtag_Answers412AndLeavesTheRecord()
    {
        var id = await _api.CreateAsync("accounts", new JsonObject { ["name"] = "Kauri Ltd" });
        var etag = (await _api.GetJsonAsync($"accounts({id})"))["@odata.etag"]!.GetValue<string>();
        (await _api.SendAsync(HttpMethod.Patch, $"accounts({id})", new JsonObject { ["name"] = "Changed by someone else" }, ("If-Match", etag))).Dispose();

        using var response = await _api.SendAsync(HttpMethod.Patch, $"accounts({id})", new JsonObject { ["name"] = "Mine" }, ("If-Match", etag));
        var body = await DataverseApi.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        Assert.Equal("0x80060882", DataverseApi.ErrorCode(body));
        Assert.Equal("Changed by someone else", (await _api.GetJsonAsync($"accounts({id})"))["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task PatchByAlternateKey_CreatesThenUpdates_AndTellsThemApartWithRepresentation()
    {
        var prefer = ("Prefer", "return=representation");

        using var first = await _api.SendAsync(HttpMethod.Patch, "accounts(accountnumber='C-10023')", new JsonObject { ["name"] = "Kauri Ltd" }, prefer);
        using var second = await _api.SendAsync(HttpMethod.Patch, "accounts(accountnumber='C-10023')", new JsonObject { ["name"] = "Kauri Limited" }, prefer);
        var all = await _api.GetJsonAsync("accounts?$select=name,accountnumber");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var only = Assert.Single(all["value"]!.AsArray());
        Assert.Equal("Kauri Limited", only!["name"]!.GetValue<string>());
        Assert.Equal("C-10023", only["accountnumber"]!.GetValue<string>());
    }

    [Fact]
    public async Task DeleteAnswers204_Then404()
    {
        var id = await _api.CreateAsync("accounts", new JsonObject { ["name"] = "Kauri Ltd" });

        using var first = await _api.SendAsync(HttpMethod.Delete, $"accounts({id})");
        using var second = await _api.SendAsync(HttpMethod.Delete, $"accounts({id})");

        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, second.StatusCode);
    }

    [Fact]
    public async Task DeleteWithAStaleEtag_Answers412()
    {
        var id = await _api.CreateAsync("accounts", new JsonObject { ["name"] = "Kauri Ltd" });
        var etag = (await _api.GetJsonAsync($"accounts({id})"))["@odata.etag"]!.GetValue<string>();
        (await _api.SendAsync(HttpMethod.Patch, $"accounts({id})", new JsonObject { ["name"] = "Renamed" })).Dispose();

        using var response = await _api.SendAsync(HttpMethod.Delete, $"accounts({id})", null, ("If-Match", etag));

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
    }

    [Fact]
    public async Task BindingAMissingRecord_Answers404()
    {
        using var response = await _api.SendAsync(HttpMethod.Post, "contacts",
            new JsonObject { ["lastname"] = "Smith", ["parentcustomerid_account@odata.bind"] = $"/accounts({Guid.NewGuid()})" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
