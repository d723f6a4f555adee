using System.Net;
using System.Text.Json.Nodes;

namespace CrmErpPortal.Tests.Sandbox.Dataverse;

public sealed class DataverseQueryTests : IAsyncLifetime
{
    private readonly DataverseApi _api = new();

    public Task InitializeAsync() => _api.InitializeAsync();

    public Task DisposeAsync() => _api.DisposeAsync();

    [Fact]
    public async Task PagesThroughEveryRowOnce_FollowingOpaqueNextLinks()
    {
        var seeded = await _api.SeedAccountsAsync(25);
        var seen = new List<string>();
        var pages = 0;
        var prefer = ("Prefer", "odata.maxpagesize=10");

        string? link = "accounts?$select=name";
        while (link is not null)
        {
            var page = await _api.GetJsonAsync(link, prefer);
            seen.AddRange(page["value"]!.AsArray().Select(r => r!["accountid"]!.GetValue<string>()));
            link = page["@odata.nextLink"]?.GetValue<string>();
            Assert.DoesNotContain("$skip=", link ?? "");
            pages++;
        }

        Assert.Equal(3, pages);
        Assert.Equal(seeded.Select(id => id.ToString()).Order(), seen.Order());
    }

    [Fact]
    public async Task EchoesMaxPageSize_AndIgnoresTop_WhenBothAreSent()
    {
        await _api.SeedAccountsAsync(6);

        using var response = await _api.GetAsync("accounts?$top=2", ("Prefer", "odata.maxpagesize=5"));
        var page = await DataverseApi.ReadJsonAsync(response);

        Assert.Equal("odata.maxpagesize=5", string.Join(",", response.Headers.GetValues("Preference-Applied")));
        Assert.Equal(5, page["value"]!.AsArray().Count);
        Assert.NotNull(page["@odata.nextLink"]);
    }

    [Fact]
    public async Task PagesInSortOrder_WithOrderByOnSeveralColumns()
    {
        await _api.SeedAccountsAsync(12);
        var names = new List<string>();
        string? link = "accounts?$select=name&$orderby=statecode asc,name desc";

        while (link is not null)
        {
            var page = await _api.GetJsonAsync(link, ("Prefer", "odata.maxpagesize=5"));
            names.AddRange(page["value"]!.AsArray().Select(r => r!["name"]!.GetValue<string>()));
            link = page["@odata.nextLink"]?.GetValue<string>();
        }

        Assert.Equal(Enumerable.Range(0, 12).Select(n => $"Account {n:D3}").OrderDescending(), names);
    }

    [Fact]
    public async Task FiltersCountsAndSelects_WithContextLikeTheRealOne()
    {
        await _api.SeedAccountsAsync(5);

        var page = await _api.GetJsonAsync("accounts?$select=name,accountnumber&$filter=startswith(name,'Account 00') and accountnumber ne 'A1'&$count=true");

        Assert.Equal(4, page["@odata.count"]!.GetValue<int>());
        Assert.EndsWith("/crm/api/data/v9.2/$metadata#accounts(name,accountnumber)", page["@odata.context"]!.GetValue<string>());
        var row = page["value"]![0]!.AsObject();
        Assert.Equal(["@odata.etag", "name", "accountnumber", "accountid"], row.Select(p => p.Key));
    }

    [Fact]
    public async Task RejectsSkip_WithDataverseErrorBody()
    {
        using var response = await _api.GetAsync("accounts?$skip=10");
        var body = await DataverseApi.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("0x80060888", DataverseApi.ErrorCode(body));
        Assert.Contains("$skip", DataverseApi.ErrorMessage(body));
    }

    [Fact]
    public async Task RejectsUnknownColumnInSelect()
    {
        using var response = await _api.GetAsync("accounts?$select=name,nosuchcolumn");
        var body = await DataverseApi.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Could not find a property named 'nosuchcolumn' on type 'Microsoft.Dynamics.CRM.account'.", DataverseApi.ErrorMessage(body));
    }

    [Fact]
    public async Task ReturnsRecordWithEtagAndVersion_AndNotModifiedForTheSameEtag()
    {
        var id = (await _api.SeedAccountsAsync(1))[0];
        var record = await _api.GetJsonAsync($"accounts({id})");
        var etag = record["@odata.etag"]!.GetValue<string>();

        using var conditional = await _api.GetAsync($"accounts({id})", ("If-None-Match", etag));

        Assert.Equal($"W/\"{record["versionnumber"]}\"", etag);
        Assert.Equal(HttpStatusCode.NotModified, conditional.StatusCode);
    }

    [Fact]
    public async Task FindsRecordByDefinedAlternateKey_AndRefusesUndefinedOnes()
    {
        var ids = await _api.SeedAccountsAsync(3);

        var record = await _api.GetJsonAsync("accounts(accountnumber='A2')?$select=name");
        using var undefined = await _api.GetAsync("accounts(name='Account 002')");

        Assert.Equal(ids[2].ToString(), record["accountid"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.BadRequest, undefined.StatusCode);
    }

    [Fact]
    public async Task AnswersNotFound_ForAMissingRecord()
    {
        var id = Guid.NewGuid();

        using var response = await _api.GetAsync($"accounts({id})");
        var body = await DataverseApi.ReadJsonAsync(response);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal($"account With Id = {id} Does Not Exist", DataverseApi.ErrorMessage(body));
    }

    [Fact]
    public async Task ExpandsPrimaryContact_AndAnnotatesLookupsWhenAsked()
    {
        var contactId = await _api.CreateAsync("contacts", new JsonObject { ["firstname"] = "Ana", ["lastname"] = "Ngata" });
        var accountId = await _api.CreateAsync("accounts", new JsonObject { ["name"] = "Kauri Ltd", ["primarycontactid@odata.bind"] = $"/contacts({contactId})" });
        await _api.CreateAsync("contacts", new JsonObject { ["lastname"] = "Smith", ["parentcustomerid_account@odata.bind"] = $"/accounts({accountId})" });

        var account = await _api.GetJsonAsync($"accounts({accountId})?$select=name&$expand=primarycontactid($select=fullname)");
        var contacts = await _api.GetJsonAsync("contacts?$select=_parentcustomerid_value&$filter=lastname eq 'Smith'", ("Prefer", "odata.include-annotations=\"*\""));

        Assert.Equal("Ana Ngata", account["primarycontactid"]!["fullname"]!.GetValue<string>());
        var contact = contacts["value"]![0]!;
        Assert.Equal(accountId.ToString(), contact["_parentcustomerid_value"]!.GetValue<string>());
        Assert.Equal("account", contact["_parentcustomerid_value@Microsoft.Dynamics.CRM.lookuplogicalname"]!.GetValue<string>());
    }

    [Fact]
    public async Task AnswersWhoAmI()
    {
        var whoAmI = await _api.GetJsonAsync("WhoAmI");

        Assert.True(Guid.TryParse(whoAmI["UserId"]!.GetValue<string>(), out _));
    }
}
