using CrmErpPortal.Tests.TestSupport;
using System.Net;
using System.Text.Json.Nodes;
using CrmErpPortal.Sandbox.BusinessCentral;
using Microsoft.Extensions.Time.Testing;

namespace CrmErpPortal.Tests.Sandbox.BusinessCentral;

public sealed class BcSubscriptionTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 10, 9, 0, 0, TimeSpan.Zero));
    private BusinessCentralHost _host = default!;
    private WebhookListener _listener = default!;

    public async Task InitializeAsync()
    {
        // A zero delay sends each window as soon as the sender wakes, so the fake clock only has to move for expiry.
        _host = await BusinessCentralHost.StartAsync(_clock, s => s.NotificationDelay = TimeSpan.Zero);
        _listener = await WebhookListener.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _listener.DisposeAsync();
    }

    [Fact]
    public async Task CreatesTheSubscription_AfterASuccessfulHandshake()
    {
        var response = await SubscribeAsync("secret-1");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var subscription = await response.ReadJsonAsync();
        Assert.Equal(32, subscription["subscriptionId"].Text().Length);
        Assert.Equal("secret-1", subscription["clientState"].Text());
        Assert.Equal("2026-03-13T09:00:00Z", subscription["expirationDateTime"].Text());
        Assert.NotNull(subscription["userId"]);
        Assert.NotNull(subscription["@odata.etag"]);
    }

    [Fact]
    public async Task RefusesTheSubscription_WhenTheHandshakeDoesNotEchoTheToken()
    {
        _listener.EchoToken = false;

        var response = await SubscribeAsync("secret-1");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var list = await (await _host.Client.GetAsync("subscriptions")).ReadJsonAsync();
        Assert.Empty(list["value"]!.AsArray());
    }

    [Fact]
    public async Task NotifiesACreatedCustomer_WithTheClientStateAndResource()
    {
        await SubscribeAsync("secret-1");

        var created = await (await _host.Client.SendJsonAsync(HttpMethod.Post, _host.Company + "customers", new { displayName = "Kea Ltd" })).ReadJsonAsync();

        var item = (await _listener.NextNotificationAsync()).Single()!;
        Assert.Equal("secret-1", item["clientState"].Text());
        Assert.Equal("created", item["changeType"].Text());
        Assert.Equal($"api/v2.0/companies({_host.CompanyId})/customers({created["id"].Text()})", item["resource"].Text());
    }

    [Fact]
    public async Task CoalescesChangesInTheWindow_IntoOneCall()
    {
        await using var host = await BusinessCentralHost.StartAsync(settings: s => s.NotificationDelay = TimeSpan.FromSeconds(1));
        var subscribed = await host.Client.SendJsonAsync(HttpMethod.Post, "subscriptions", Subscription(host, "secret-2"));
        Assert.Equal(HttpStatusCode.Created, subscribed.StatusCode);

        await host.Client.SendJsonAsync(HttpMethod.Post, host.Company + "customers", new { displayName = "One" });
        await host.Client.SendJsonAsync(HttpMethod.Post, host.Company + "customers", new { displayName = "Two" });

        var items = await _listener.NextNotificationAsync();
        Assert.Equal(2, items.Count);
        Assert.All(items, i => Assert.Equal("secret-2", i!["clientState"].Text()));
    }

    [Fact]
    public async Task SendsOneCollectionItem_WhenTheWindowHoldsMoreChangesThanTheThreshold()
    {
        await using var host = await BusinessCentralHost.StartAsync(settings: s =>
        {
            s.NotificationDelay = TimeSpan.FromSeconds(1);
            s.CollectionThreshold = 2;
        });
        await host.Client.SendJsonAsync(HttpMethod.Post, "subscriptions", Subscription(host, "bulk"));

        foreach (var name in new[] { "One", "Two", "Three" })
        {
            await host.Client.SendJsonAsync(HttpMethod.Post, host.Company + "customers", new { displayName = name });
        }

        var item = (await _listener.NextNotificationAsync()).Single()!;
        Assert.Equal("collection", item["changeType"].Text());
        Assert.Matches(@"customers\?\$filter=lastModifiedDateTime gt \d{4}-\d\d-\d\dT", item["resource"].Text());
    }

    [Fact]
    public async Task StopsNotifying_ThreeDaysAfterTheSubscriptionWasMade()
    {
        await SubscribeAsync("old");
        _clock.Advance(TimeSpan.FromDays(3) + TimeSpan.FromMinutes(1));
        await SubscribeAsync("new");

        await _host.Client.SendJsonAsync(HttpMethod.Post, _host.Company + "customers", new { displayName = "Late" });

        var items = await _listener.NextNotificationAsync();
        Assert.Equal(["new"], items.Select(i => i!["clientState"].Text()));
    }

    [Fact]
    public async Task RenewingRestartsTheThreeDays()
    {
        var subscription = await (await SubscribeAsync("secret-1")).ReadJsonAsync();
        _clock.Advance(TimeSpan.FromDays(2));

        var response = await _host.Client.SendJsonAsync(HttpMethod.Patch, $"subscriptions('{subscription["subscriptionId"].Text()}')",
            new JsonObject(), subscription["@odata.etag"].Text());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("2026-03-15T09:00:00Z", (await response.ReadJsonAsync())["expirationDateTime"].Text());
    }

    [Fact]
    public async Task DeletesTheSubscription_WhenANotificationGetsANonRetryableReply()
    {
        var subscription = await (await SubscribeAsync("secret-1")).ReadJsonAsync();
        _listener.ReplyWith(410);
        var outcome = new TaskCompletionSource<BcDeliveryOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
        _host.Sender.Delivered += o => outcome.TrySetResult(o);

        await _host.Client.SendJsonAsync(HttpMethod.Post, _host.Company + "customers", new { displayName = "Gone" });

        Assert.True((await outcome.Task.WaitAsync(TimeSpan.FromSeconds(5))).SubscriptionsDeleted);
        var read = await _host.Client.GetAsync($"subscriptions('{subscription["subscriptionId"].Text()}')");
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
    }

    [Fact]
    public async Task RetriesAfterAServerError_AndDeliversTheSameChange()
    {
        await using var host = await BusinessCentralHost.StartAsync();
        await host.Client.SendJsonAsync(HttpMethod.Post, "subscriptions", Subscription(host, "secret-3"));
        _listener.ReplyWith(503);

        await host.Client.SendJsonAsync(HttpMethod.Post, host.Company + "customers", new { displayName = "Retry" });

        var first = await _listener.NextNotificationAsync();
        var second = await _listener.NextNotificationAsync();
        Assert.Equal(first.ToJsonString(), second.ToJsonString());
    }

    private Task<HttpResponseMessage> SubscribeAsync(string clientState) =>
        _host.Client.SendJsonAsync(HttpMethod.Post, "subscriptions", Subscription(_host, clientState));

    private JsonObject Subscription(BusinessCentralHost host, string clientState) => new()
    {
        ["notificationUrl"] = _listener.Url.ToString(),
        ["resource"] = $"/api/v2.0/companies({host.CompanyId})/customers",
        ["clientState"] = clientState,
    };
}
