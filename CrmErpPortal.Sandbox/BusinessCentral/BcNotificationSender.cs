using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CrmErpPortal.Sandbox.Storage;

namespace CrmErpPortal.Sandbox.BusinessCentral;

/// <summary>What became of one notification call; raised for tests and logs.</summary>
public sealed record BcDeliveryOutcome(Uri NotificationUrl, int? Status, int Attempt, bool WillRetry, bool SubscriptionsDeleted);

/// <summary>
/// Sends webhook notifications when a set's coalescing window closes: one POST per notificationUrl with every item for
/// it, or one "collection" item per subscription when the window holds more than the threshold. Unreachable, 408, 429
/// and 5xx are retried with doubling waits (a few attempts here; BC keeps trying for 36 hours); any other non-2xx
/// deletes the subscriptions in that call, as BC does.
/// </summary>
public sealed class BcNotificationSender(
    BcChangeFeed feed, BcSubscriptions subscriptions, RecordStore store, BusinessCentralSettings settings,
    IHttpClientFactory http, TimeProvider time, ILogger<BcNotificationSender> logger) : BackgroundService
{
    private readonly List<Delivery> _retries = [];

    internal event Action<BcDeliveryOutcome>? Delivered;

    private sealed record Item(Guid SubscriptionId, JsonObject Body);

    private sealed record Delivery(Uri Url, IReadOnlyList<Item> Items, int Attempt, DateTimeOffset Due);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var signal = feed.Signal;
            try
            {
                await SendDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Business Central notifications failed; the next window will try again");
            }

            await WaitAsync(signal, stoppingToken);
        }
    }

    private async Task WaitAsync(Task signal, CancellationToken stoppingToken)
    {
        var next = new[] { feed.NextDue, _retries.Count == 0 ? null : _retries.Min(r => r.Due) }.Where(d => d is not null).Min();
        if (next is null)
        {
            await signal.WaitAsync(stoppingToken);
            return;
        }

        var wait = next.Value - time.GetUtcNow();
        if (wait <= TimeSpan.Zero)
        {
            return;
        }

        var delay = Task.Delay(wait, time, stoppingToken);
        // Re-read the clock after arming the timer: a fake clock advanced in between would otherwise leave it waiting forever.
        if (time.GetUtcNow() >= next.Value)
        {
            return;
        }

        await Task.WhenAny(delay, signal);
        stoppingToken.ThrowIfCancellationRequested();
    }

    private async Task SendDueAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var deliveries = _retries.Where(r => r.Due <= now).ToList();
        _retries.RemoveAll(deliveries.Contains);
        var windows = feed.TakeDue(now);
        if (windows.Count > 0)
        {
            var active = (await subscriptions.AllAsync(ct)).Where(s => Expiry(s) > now).ToList();
            var items = windows.SelectMany(w => ItemsFor(w.Set, w.Changes, active)).ToList();
            deliveries.AddRange(items
                .GroupBy(i => BcJson.ReadString(active.First(s => s.Id == i.SubscriptionId).Body["notificationUrl"])!)
                .Select(g => new Delivery(new Uri(g.Key), g.ToList(), 1, now)));
        }

        foreach (var delivery in deliveries)
        {
            await DeliverAsync(delivery, ct);
        }
    }

    private IEnumerable<Item> ItemsFor(string set, IReadOnlyList<BcChange> changes, IReadOnlyList<StoredRecord> active)
    {
        foreach (var subscription in active)
        {
            if (BcSubscriptions.Target(subscription.Body) is not { } target || target.Set != set)
            {
                continue;
            }

            var prefix = $"api/v2.0/companies({target.CompanyId})/{set}";
            if (changes.Count > settings.CollectionThreshold)
            {
                var since = changes.Min(c => c.ModifiedAt).AddMilliseconds(-1);
                yield return Build(subscription, $"{prefix}?$filter=lastModifiedDateTime gt {BcJson.Instant(since)}", "collection",
                    changes.Max(c => c.ModifiedAt));
                continue;
            }

            foreach (var change in changes)
            {
                yield return Build(subscription, $"{prefix}({change.Id})", change.ChangeType, change.ModifiedAt);
            }
        }
    }

    private static Item Build(StoredRecord subscription, string resource, string changeType, DateTimeOffset modifiedAt) => new(
        subscription.Id,
        new JsonObject
        {
            ["subscriptionId"] = subscription.Body["subscriptionId"]?.DeepClone(),
            ["clientState"] = subscription.Body["clientState"]?.DeepClone(),
            ["expirationDateTime"] = subscription.Body["expirationDateTime"]?.DeepClone(),
            ["resource"] = resource,
            ["changeType"] = changeType,
            ["lastModifiedDateTime"] = BcJson.Instant(modifiedAt),
        });

    private async Task DeliverAsync(Delivery delivery, CancellationToken ct)
    {
        int? status = null;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(settings.CallTimeout);
            var payload = new JsonObject { ["value"] = new JsonArray(delivery.Items.Select(i => (JsonNode)i.Body.DeepClone()).ToArray()) };
            using var response = await http.CreateClient(BcSubscriptions.HttpClientName).PostAsJsonAsync(delivery.Url, payload, timeout.Token);
            status = (int)response.StatusCode;
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException && !ct.IsCancellationRequested)
        {
            logger.LogInformation("Notification to {Url} failed: {Reason}", delivery.Url, ex.Message);
        }

        var retryable = status is null or (int)HttpStatusCode.RequestTimeout or (int)HttpStatusCode.TooManyRequests or >= 500;
        var success = status is >= 200 and < 300;
        var willRetry = !success && retryable && delivery.Attempt < settings.MaxDeliveryAttempts;
        if (willRetry)
        {
            var wait = settings.RetryDelay * Math.Pow(2, delivery.Attempt - 1);
            _retries.Add(delivery with { Attempt = delivery.Attempt + 1, Due = time.GetUtcNow() + wait });
        }

        var deleted = !success && !retryable;
        if (deleted)
        {
            foreach (var id in delivery.Items.Select(i => i.SubscriptionId).Distinct())
            {
                await TryDeleteAsync(id, ct);
            }

            logger.LogInformation("Notification to {Url} answered {Status}: subscription deleted", delivery.Url, status?.ToString(CultureInfo.InvariantCulture));
        }

        Delivered?.Invoke(new BcDeliveryOutcome(delivery.Url, status, delivery.Attempt, willRetry, deleted));
    }

    private async Task TryDeleteAsync(Guid id, CancellationToken ct)
    {
        try
        {
            await store.DeleteAsync(BcSubscriptions.StoreSet, id, cancellationToken: ct);
        }
        catch (RecordNotFoundException)
        {
            // Already gone (the client unsubscribed meanwhile).
        }
    }

    private static DateTimeOffset Expiry(StoredRecord subscription) =>
        DateTimeOffset.TryParse(BcJson.ReadString(subscription.Body["expirationDateTime"]), CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal, out var expiry) ? expiry : DateTimeOffset.MinValue;
}
