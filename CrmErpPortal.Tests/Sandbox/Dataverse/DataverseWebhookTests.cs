using CrmErpPortal.Tests.TestSupport;
using System.Text.Json.Nodes;

namespace CrmErpPortal.Tests.Sandbox.Dataverse;

public sealed class DataverseWebhookTests : IAsyncLifetime
{
    private readonly DataverseApi _api = new();

    public Task InitializeAsync() => _api.InitializeAsync();

    public Task DisposeAsync() => _api.DisposeAsync();

    [Fact]
    public async Task PostsTheExecutionContextWithTheWebhookKey_WhenARegisteredTableChanges()
    {
        await using var listener = await WebhookListener.StartAsync();
        await RegisterAsync(listener, authType: 4, authValue: "secret-key", message: "Create");

        var accountId = await _api.CreateAsync("accounts", new JsonObject { ["name"] = "Kauri Ltd" });
        var received = await listener.NextAsync();

        Assert.Equal("secret-key", received.Query["code"].ToString());
        Assert.Equal("account", received.Headers["x-ms-dynamics-entity-name"].ToString());
        Assert.Equal("Create", received.Headers["x-ms-dynamics-request-name"].ToString());
        Assert.NotEmpty(received.Headers["x-ms-dynamics-organization"].ToString());
        Assert.True(Guid.TryParse(received.Headers["x-ms-correlation-request-id"], out _));
        var context = JsonNode.Parse(received.Body)!;
        Assert.Equal("Create", context["MessageName"]!.GetValue<string>());
        Assert.Equal("account", context["PrimaryEntityName"]!.GetValue<string>());
        Assert.Equal(accountId.ToString(), context["PrimaryEntityId"]!.GetValue<string>());
        Assert.Matches(@"^/Date\(\d+\)/$", context["OperationCreatedOn"]!.GetValue<string>());
        var target = context["InputParameters"]!.AsArray().Single(p => p!["key"]!.GetValue<string>() == "Target")!["value"]!;
        Assert.Contains(target["Attributes"]!.AsArray(), a => a!["key"]!.GetValue<string>() == "name" && a["value"]!.GetValue<string>() == "Kauri Ltd");
    }

    [Fact]
    public async Task SendsHeaderAuthAndRespectsFilteringAttributes_OnUpdate()
    {
        await using var listener = await WebhookListener.StartAsync();
        var accountId = await _api.CreateAsync("accounts", new JsonObject { ["name"] = "Kauri Ltd" });
        await RegisterAsync(listener, authType: 5, authValue: """<settings><setting name="x-portal-key" value="s3cret" /></settings>""",
            message: "Update", filteringAttributes: "telephone1");

        (await _api.SendAsync(HttpMethod.Patch, $"accounts({accountId})", new JsonObject { ["name"] = "Ignored rename" }, ("If-Match", "*"))).Dispose();
        (await _api.SendAsync(HttpMethod.Patch, $"accounts({accountId})", new JsonObject { ["telephone1"] = "09 555 0100" }, ("If-Match", "*"))).Dispose();
        var received = await listener.NextAsync();

        Assert.Equal("s3cret", received.Headers["x-portal-key"].ToString());
        var target = JsonNode.Parse(received.Body)!["InputParameters"]![0]!["value"]!;
        Assert.Contains(target["Attributes"]!.AsArray(), a => a!["key"]!.GetValue<string>() == "telephone1");
    }

    [Fact]
    public async Task RetriesOnce_WhenTheReceiverAnswers503()
    {
        await using var listener = await WebhookListener.StartAsync(503);
        await RegisterAsync(listener, authType: 4, authValue: "k", message: "Delete");
        var accountId = await _api.CreateAsync("accounts", new JsonObject { ["name"] = "Kauri Ltd" });

        (await _api.SendAsync(HttpMethod.Delete, $"accounts({accountId})")).Dispose();
        var first = await listener.NextAsync();
        var retry = await listener.NextAsync();

        Assert.Equal(first.Body, retry.Body);
        Assert.Equal("Delete", JsonNode.Parse(retry.Body)!["MessageName"]!.GetValue<string>());
    }

    private async Task RegisterAsync(WebhookListener listener, int authType, string authValue, string message, string? filteringAttributes = null)
    {
        var endpointId = await _api.CreateAsync("serviceendpoints", new JsonObject
        {
            ["name"] = "Portal webhook",
            ["contract"] = 8,
            ["url"] = listener.Url.ToString(),
            ["authtype"] = authType,
            ["authvalue"] = authValue,
        });
        await _api.CreateAsync("sdkmessageprocessingsteps", new JsonObject
        {
            ["name"] = $"Portal: {message} of account",
            ["messagename"] = message,
            ["primaryentity"] = "account",
            ["stage"] = 40,
            ["mode"] = 1,
            ["filteringattributes"] = filteringAttributes,
            ["eventhandler_serviceendpoint@odata.bind"] = $"/serviceendpoints({endpointId})",
        });
    }
}
