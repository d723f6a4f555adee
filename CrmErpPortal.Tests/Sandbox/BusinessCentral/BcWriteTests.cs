using System.Net;
using System.Text.Json.Nodes;

namespace CrmErpPortal.Tests.Sandbox.BusinessCentral;

public sealed class BcWriteTests : IAsyncLifetime
{
    private BusinessCentralHost _host = default!;

    public async Task InitializeAsync() => _host = await BusinessCentralHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private string Customers => _host.Company + "customers";

    [Fact]
    public async Task CreatesACustomer_With201TheFullEntityAndAnEtag()
    {
        var response = await _host.Client.SendJsonAsync(HttpMethod.Post, Customers, new { number = "C01000", displayName = "Kiwi Kitchens" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var customer = await response.ReadJsonAsync();
        Assert.Equal("Kiwi Kitchens", customer["displayName"].Text());
        Assert.True(Guid.TryParse(customer["id"].Text(), out _));
        Assert.StartsWith("W/\"", customer["@odata.etag"].Text());
        Assert.Equal(0m, customer["balanceDue"]!.GetValue<decimal>());
        Assert.Equal(customer["@odata.etag"].Text(), response.Headers.ETag!.ToString());
    }

    [Fact]
    public async Task RefusesADuplicateCustomerNumber_With409()
    {
        await _host.SeedCustomerAsync("C01000");

        var response = await _host.Client.SendJsonAsync(HttpMethod.Post, Customers, new { number = "C01000", displayName = "Again" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("Internal_EntityWithSameKeyExists", (await response.ReadJsonAsync()).ErrorCode());
    }

    [Fact]
    public async Task RefusesAPatchWithoutIfMatch_WithInvalidToken()
    {
        var id = await _host.SeedCustomerAsync("C01000");

        var response = await _host.Client.SendJsonAsync(HttpMethod.Patch, $"{Customers}({id})", new { displayName = "New" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal("BadRequest_InvalidToken", body.ErrorCode());
        Assert.StartsWith("Could not validate the client concurrency token required by the service.", body.ErrorMessage());
    }

    [Fact]
    public async Task RefusesAPatchWithAStaleEtag_With409EntityChanged()
    {
        var created = await (await _host.Client.SendJsonAsync(HttpMethod.Post, Customers, new { displayName = "First" })).ReadJsonAsync();
        var staleEtag = created["@odata.etag"].Text();
        var url = $"{Customers}({created["id"].Text()})";
        await _host.Client.SendJsonAsync(HttpMethod.Patch, url, new { displayName = "Second" }, staleEtag);

        var response = await _host.Client.SendJsonAsync(HttpMethod.Patch, url, new { displayName = "Third" }, staleEtag);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal("Request_EntityChanged", body.ErrorCode());
        Assert.StartsWith("Another user has already changed the record.", body.ErrorMessage());
    }

    [Fact]
    public async Task UpdatesWithTheCurrentEtag_AndReturnsTheEntityWithANewEtag()
    {
        var created = await (await _host.Client.SendJsonAsync(HttpMethod.Post, Customers, new { displayName = "First" })).ReadJsonAsync();

        var response = await _host.Client.SendJsonAsync(
            HttpMethod.Patch, $"{Customers}({created["id"].Text()})", new { displayName = "Second" }, created["@odata.etag"].Text());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var updated = await response.ReadJsonAsync();
        Assert.Equal("Second", updated["displayName"].Text());
        Assert.NotEqual(created["@odata.etag"].Text(), updated["@odata.etag"].Text());
    }

    [Fact]
    public async Task UpdatesWithAStarIfMatch()
    {
        var id = await _host.SeedCustomerAsync("C01000");

        var response = await _host.Client.SendJsonAsync(HttpMethod.Patch, $"{Customers}({id})", new { displayName = "Any" }, "*");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task AnswersNotFound_WhenPatchingAMissingCustomer()
    {
        var response = await _host.Client.SendJsonAsync(HttpMethod.Patch, $"{Customers}({Guid.NewGuid()})", new { displayName = "Any" }, "*");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("BadRequest_NotFound", (await response.ReadJsonAsync()).ErrorCode());
    }

    [Fact]
    public async Task RefusesAReadOnlyField_InAPatch()
    {
        var id = await _host.SeedCustomerAsync("C01000");

        var response = await _host.Client.SendJsonAsync(HttpMethod.Patch, $"{Customers}({id})", new { balanceDue = 5 }, "*");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BadRequest_InvalidOperation", (await response.ReadJsonAsync()).ErrorCode());
    }

    [Fact]
    public async Task DeletesWith204_ThenTheCustomerIsGone()
    {
        var id = await _host.SeedCustomerAsync("C01000");

        var deleted = await _host.Client.SendJsonAsync(HttpMethod.Delete, $"{Customers}({id})", null, "*");
        var read = await _host.Client.GetAsync($"{Customers}({id})");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
    }

    [Fact]
    public async Task DeepInsertsASalesOrderWithLines_AndExpandsThemBack()
    {
        var customerId = await _host.SeedCustomerAsync("C01000");
        var order = new JsonObject
        {
            ["customerId"] = customerId.ToString(),
            ["externalDocumentNumber"] = "CRM-Q-1",
            ["salesOrderLines"] = new JsonArray(
                new JsonObject { ["description"] = "Widget", ["quantity"] = 2, ["unitPrice"] = 10.5m },
                new JsonObject { ["description"] = "Gadget", ["quantity"] = 1, ["unitPrice"] = 4m }),
        };

        var created = await (await _host.Client.SendJsonAsync(HttpMethod.Post, _host.Company + "salesOrders", order)).ReadJsonAsync();
        var read = await (await _host.Client.GetAsync(
            $"{_host.Company}salesOrders?$filter=externalDocumentNumber eq 'CRM-Q-1'&$expand=salesOrderLines")).ReadJsonAsync();

        Assert.Equal(25m, created["totalAmountExcludingTax"]!.GetValue<decimal>());
        Assert.Equal("C01000", created["customerNumber"].Text());
        var lines = read["value"]![0]!["salesOrderLines"]!.AsArray();
        Assert.Equal(["Widget", "Gadget"], lines.Select(l => l!["description"].Text()));
        Assert.All(lines, l => Assert.Equal(created["id"].Text(), l!["documentId"].Text()));
    }
}
