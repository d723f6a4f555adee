using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CrmErpPortal.Sandbox.Storage;

namespace CrmErpPortal.Sandbox.BusinessCentral;

/// <summary>A subscription's watched set, read from its resource: <c>/api/v2.0/companies({id})/customers</c>.</summary>
public sealed record BcSubscriptionTarget(Guid CompanyId, string Set);

/// <summary>
/// Webhook subscriptions (<c>api/v2.0/subscriptions</c>, not company-scoped), kept in the store's "subscriptions" set.
/// Creating and renewing both need the validationToken handshake; a subscription lives three days from its last renewal.
/// Expired ones stay listed (with their past expirationDateTime) but get no notifications until renewed.
/// </summary>
public sealed partial class BcSubscriptions(
    RecordStore store, BusinessCentralSettings settings, IHttpClientFactory http, TimeProvider time)
{
    public const string StoreSet = "subscriptions";
    public const string HttpClientName = "BusinessCentralWebhooks";

    /// <summary>The app user of the sandbox tenant: BC stamps the subscribing user on each subscription.</summary>
    private const string UserId = "7b1f3c2e-5d4a-4e8b-9c61-0a2f4d6b8e10";

    public static JsonObject Present(StoredRecord record)
    {
        var result = BcReader.Entity(record);
        result.Remove("id");
        return result;
    }

    public static Guid ParseId(string? key) =>
        Guid.TryParse(key, out var id) ? id : throw BcException.NotFound();

    public static BcSubscriptionTarget? Target(JsonObject subscription) =>
        BcJson.ReadString(subscription["resource"]) is { } resource && Resource().Match(resource) is { Success: true } match
            && Guid.TryParse(match.Groups["company"].Value, out var company)
            ? new BcSubscriptionTarget(company, match.Groups["set"].Value)
            : null;

    public async Task<StoredRecord> CreateAsync(JsonObject body, CancellationToken ct)
    {
        var url = RequireUrl(body);
        var resource = await RequireResourceAsync(body, ct);
        await HandshakeAsync(url, ct);
        var id = Guid.NewGuid();
        var subscription = new JsonObject
        {
            ["subscriptionId"] = id.ToString("N"),
            ["notificationUrl"] = url.ToString(),
            ["resource"] = resource,
            ["userId"] = UserId,
            ["clientState"] = ClientState(body) ?? "",
            ["expirationDateTime"] = BcJson.Instant(time.GetUtcNow() + settings.SubscriptionLifetime),
        };
        return await store.InsertAsync(StoreSet, id, subscription, ct);
    }

    /// <summary>PATCH renews: the handshake runs again (against the new URL if one is sent) and the three days restart.</summary>
    public async Task<StoredRecord> RenewAsync(Guid id, JsonObject patch, long? expectedVersion, CancellationToken ct)
    {
        var existing = await store.FindAsync(StoreSet, id, ct) ?? throw BcException.NotFound();
        if (expectedVersion is { } expected && expected != existing.Version)
        {
            throw BcException.EntityChanged();
        }

        var url = patch.ContainsKey("notificationUrl") ? RequireUrl(patch) : new Uri(BcJson.ReadString(existing.Body["notificationUrl"])!);
        var resource = patch.ContainsKey("resource") ? await RequireResourceAsync(patch, ct) : BcJson.ReadString(existing.Body["resource"]);
        await HandshakeAsync(url, ct);
        try
        {
            return await store.UpdateAsync(StoreSet, id, body =>
            {
                body["notificationUrl"] = url.ToString();
                body["resource"] = resource;
                if (patch.ContainsKey("clientState"))
                {
                    body["clientState"] = ClientState(patch) ?? "";
                }

                body["expirationDateTime"] = BcJson.Instant(time.GetUtcNow() + settings.SubscriptionLifetime);
                return body;
            }, existing.Version, ct);
        }
        catch (VersionMismatchException)
        {
            throw BcException.EntityChanged();
        }
    }

    public async Task DeleteAsync(Guid id, long? expectedVersion, CancellationToken ct)
    {
        try
        {
            await store.DeleteAsync(StoreSet, id, expectedVersion, ct);
        }
        catch (RecordNotFoundException)
        {
            throw BcException.NotFound();
        }
        catch (VersionMismatchException)
        {
            throw BcException.EntityChanged();
        }
    }

    public async Task<IReadOnlyList<StoredRecord>> AllAsync(CancellationToken ct)
    {
        var all = new List<StoredRecord>();
        await foreach (var record in store.ScanAsync(StoreSet, 0, includeDeleted: false, ct))
        {
            all.Add(record);
        }

        return all;
    }

    private async Task HandshakeAsync(Uri url, CancellationToken ct)
    {
        var token = Convert.ToHexString(Guid.NewGuid().ToByteArray()).ToLowerInvariant();
        var separator = string.IsNullOrEmpty(url.Query) ? "?" : "&";
        var client = http.CreateClient(HttpClientName);
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(settings.CallTimeout);
            using var response = await client.PostAsync($"{url}{separator}validationToken={Uri.EscapeDataString(token)}", null, timeout.Token);
            var answer = await response.Content.ReadAsStringAsync(timeout.Token);
            if (response.StatusCode == System.Net.HttpStatusCode.OK && answer.Trim() == token)
            {
                return;
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException && !ct.IsCancellationRequested)
        {
        }

        throw BcException.BadRequest(
            "The subscription could not be created: the notification URL must answer the handshake with 200 OK and the validationToken as plain text");
    }

    private static Uri RequireUrl(JsonObject body) =>
        Uri.TryCreate(BcJson.ReadString(body["notificationUrl"]), UriKind.Absolute, out var url) && url.Scheme is "http" or "https"
            ? url
            : throw BcException.BadRequest("'notificationUrl' must be an absolute http or https URL");

    private async Task<string> RequireResourceAsync(JsonObject body, CancellationToken ct)
    {
        var resource = BcJson.ReadString(body["resource"]) ?? "";
        var target = Target(body) ?? throw BcException.BadRequest($"The resource '{resource}' is not valid for a subscription");
        if (!BcEntitySets.All.TryGetValue(target.Set, out var set) || !set.Webhooks)
        {
            throw BcException.BadRequest($"The resource '{resource}' does not support webhooks");
        }

        if (await store.FindAsync("companies", target.CompanyId, ct) is null)
        {
            throw BcException.BadRequest($"The company in '{resource}' does not exist");
        }

        return resource;
    }

    private static string? ClientState(JsonObject body) =>
        BcJson.ReadString(body["clientState"]) is { Length: > 2048 }
            ? throw BcException.BadRequest("'clientState' can be at most 2048 characters")
            : BcJson.ReadString(body["clientState"]);

    [GeneratedRegex(@"^/?api/v2\.0/companies\((?<company>[^)]+)\)/(?<set>[A-Za-z]+)/?$")]
    private static partial Regex Resource();
}
