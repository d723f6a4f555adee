using System.Net;
using System.Net.Http.Json;
using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmErpPortal.Tests.Integration.Sync;

public sealed class WebhookEndpointTests : IAsyncLifetime
{
    private readonly PortalAppFactory _portal = new PortalAppFactory()
        .With("Integration:Erp:ClientState", "expected-state")
        .With("Integration:Crm:WebhookKey", "expected-key");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _portal.DisposeAsync();

    [Fact]
    public async Task AnswersTheBusinessCentralHandshake_WithTheTokenAsPlainText()
    {
        var client = _portal.CreateBrowserlessClient();

        var response = await client.PostAsync("/webhooks/erp?validationToken=abc%20123", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("abc 123", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AcceptsANotificationWithTheRightClientState_AndRecordsIt()
    {
        var client = _portal.CreateBrowserlessClient();

        var response = await client.PostAsJsonAsync("/webhooks/erp", Notification("expected-state"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var recorded = await LatestEventAsync();
        Assert.Equal(WebhookEventOutcome.Accepted, recorded.Outcome);
        Assert.Equal("updated", recorded.ChangeType);
    }

    [Fact]
    public async Task RefusesAWrongClientState_AndRecordsWhy()
    {
        var client = _portal.CreateBrowserlessClient();

        var response = await client.PostAsJsonAsync("/webhooks/erp", Notification("forged"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var recorded = await LatestEventAsync();
        Assert.Equal(WebhookEventOutcome.Rejected, recorded.Outcome);
        Assert.Equal("clientState did not match.", recorded.Detail);
    }

    [Fact]
    public async Task RefusesAnOversizePayload_With400()
    {
        var client = _portal.CreateBrowserlessClient();
        var huge = new string('x', 300 * 1024);

        var response = await client.PostAsync("/webhooks/erp", new StringContent($"{{\"value\":[],\"pad\":\"{huge}\"}}", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("Body larger than", (await LatestEventAsync()).Detail);
    }

    [Fact]
    public async Task RefusesAMalformedPayload_With400()
    {
        var client = _portal.CreateBrowserlessClient();

        var response = await client.PostAsync("/webhooks/erp", new StringContent("not json", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(WebhookEventOutcome.Rejected, (await LatestEventAsync()).Outcome);
    }

    [Fact]
    public async Task RefusesACrmPost_WithoutTheWebhookKey()
    {
        var client = _portal.CreateBrowserlessClient();

        var wrong = await client.PostAsync("/webhooks/crm?code=guess", CrmContext());
        var right = await client.PostAsync("/webhooks/crm?code=expected-key", CrmContext());

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, right.StatusCode);
        Assert.Equal("Update", (await LatestEventAsync()).ChangeType);
    }

    private static object Notification(string clientState) => new
    {
        value = new[]
        {
            new
            {
                subscriptionId = "sub-1",
                clientState,
                expirationDateTime = "2026-11-30T00:00:00Z",
                resource = $"api/v2.0/companies({Guid.NewGuid()})/customers({Guid.NewGuid()})",
                changeType = "updated",
                lastModifiedDateTime = "2026-11-27T00:00:00Z",
            },
        },
    };

    /// <summary>Dataverse posts its RemoteExecutionContext with PascalCase names.</summary>
    private static JsonContent CrmContext() => JsonContent.Create(new
    {
        MessageName = "Update",
        PrimaryEntityName = "account",
        PrimaryEntityId = Guid.NewGuid().ToString(),
        CorrelationId = Guid.NewGuid().ToString(),
        Depth = 1,
    }, options: new System.Text.Json.JsonSerializerOptions());

    private async Task<WebhookEvent> LatestEventAsync()
    {
        await using var db = await _portal.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        return await db.WebhookEvents.OrderByDescending(e => e.Id).FirstAsync();
    }
}
