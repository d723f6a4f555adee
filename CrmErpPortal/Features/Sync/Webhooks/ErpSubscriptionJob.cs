using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.Sync.Pull;
using CrmErpPortal.Integration;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CrmErpPortal.Features.Sync.Webhooks;

/// <summary>
/// Keeps Business Central webhook subscriptions alive: they expire after three days, and vanish at once after a
/// non-retryable reply, so each run re-creates what is missing and renews what expires within a day and a half.
/// </summary>
public sealed class ErpSubscriptionJob(
    IErpConnector erp, IOptions<ErpOptions> options, IDbContextFactory<PortalDbContext> contexts, TimeProvider clock)
{
    public static readonly IReadOnlyList<string> EntitySets = ["customers", "salesInvoices", "salesOrders"];
    private static readonly TimeSpan RenewBefore = TimeSpan.FromHours(36);

    [DisableConcurrentExecution(timeoutInSeconds: 120)]
    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.NotificationUrl is null || string.IsNullOrEmpty(settings.ClientState))
        {
            return;
        }

        IReadOnlyList<ErpSubscription> remote;
        try
        {
            remote = await erp.ListSubscriptionsAsync(cancellationToken);
        }
        catch (Exception ex) when (SyncFailure.IsExpected(ex))
        {
            await RecordErrorForAllAsync(SyncFailure.Describe(ex), cancellationToken);
            return;
        }

        foreach (var set in EntitySets)
        {
            await EnsureAsync(set, settings.NotificationUrl.ToString(), settings.ClientState, remote, cancellationToken);
        }
    }

    private async Task EnsureAsync(string set, string notificationUrl, string clientState, IReadOnlyList<ErpSubscription> remote, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        string resource;
        try
        {
            resource = await erp.ResourcePathAsync(set, cancellationToken);
        }
        catch (Exception ex) when (SyncFailure.IsExpected(ex))
        {
            return;
        }

        var row = await db.WebhookSubscriptions.SingleOrDefaultAsync(s => s.System == SourceSystem.Erp && s.Resource == resource, cancellationToken);
        if (row is null)
        {
            row = new WebhookSubscription { System = SourceSystem.Erp, Resource = resource };
            db.WebhookSubscriptions.Add(row);
        }

        var now = clock.GetUtcNow();
        var current = remote.FirstOrDefault(s => s.Id == row.ExternalId)
            ?? remote.FirstOrDefault(s => SameResource(s.Resource, resource) && s.NotificationUrl == notificationUrl);
        try
        {
            var result = current is null
                ? await erp.SubscribeAsync(resource, notificationUrl, clientState, cancellationToken)
                : current.ExpiresAt - now < RenewBefore
                    ? await erp.RenewSubscriptionAsync(current, clientState, cancellationToken)
                    : current;
            row.ExternalId = result.Id;
            row.Etag = result.Etag;
            row.ExpiresAt = result.ExpiresAt;
            if (!ReferenceEquals(result, current))
            {
                row.LastRenewedAt = now;
            }

            row.LastError = null;
        }
        catch (Exception ex) when (SyncFailure.IsExpected(ex))
        {
            row.LastError = $"{SyncFailure.Describe(ex)} Business Central must be able to reach {notificationUrl}.";
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static bool SameResource(string a, string b) => string.Equals(a.TrimStart('/'), b.TrimStart('/'), StringComparison.OrdinalIgnoreCase);

    private async Task RecordErrorForAllAsync(string error, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.WebhookSubscriptions.Where(s => s.System == SourceSystem.Erp)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.LastError, error), cancellationToken);
    }
}
