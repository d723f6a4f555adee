using CrmErpPortal.Jobs;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Integration;
using Hangfire;

namespace CrmErpPortal.Features.Sync.Pull;

/// <summary>
/// Pulls ERP changes by polling lastModifiedDateTime with an overlap window (re-reads are harmless: the mirror
/// skips unchanged rows). Financial detail and aging have no change signal, so they are re-read for customers whose
/// invoices or orders changed, and in full on the first load and on the daily refresh.
/// </summary>
public sealed class ErpPullJob(IErpConnector erp, ErpMirrorWriter writer, SyncCheckpointStore checkpoints, SyncRunRecorder runs, ExactKeyLinker linker, HubSyncLock hubLock, SourceLinkReconciler reconciler)
{
    /// <summary>Business Central can commit a row stamped slightly before a concurrent read finishes; re-read a little.</summary>
    public static readonly TimeSpan Overlap = TimeSpan.FromSeconds(5);

    private const int TargetedRefreshLimit = 100;

    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var held = hubLock.Acquire();
        var customerCheckpoint = await checkpoints.GetAsync(SourceSystem.Erp, "customers", cancellationToken);
        var touched = new HashSet<Guid>();
        var customersPulled = await PullAsync("customers", erp.ReadCustomersAsync, async (page, ct) =>
        {
            touched.UnionWith(page.Select(c => c.Id));
            return await writer.ApplyCustomersAsync(page, ct);
        }, c => c.LastModified, cancellationToken);
        await linker.LinkAsync(cancellationToken);
        if (!customersPulled
            || !await PullAsync("salesInvoices", erp.ReadInvoicesAsync, async (page, ct) =>
            {
                var (counts, customers) = await writer.ApplyInvoicesAsync(page, ct);
                touched.UnionWith(customers);
                return counts;
            }, i => i.LastModified, cancellationToken)
            || !await PullAsync("salesOrders", erp.ReadSalesOrdersAsync, async (page, ct) =>
            {
                var (counts, customers) = await writer.ApplySalesOrdersAsync(page, ct);
                touched.UnionWith(customers);
                return counts;
            }, o => o.LastModified, cancellationToken))
        {
            return;
        }

        if (customerCheckpoint is null || touched.Count > TargetedRefreshLimit)
        {
            await RefreshAgingAsync(cancellationToken);
        }
        else if (touched.Count > 0)
        {
            await RefreshCustomersAsync(touched, cancellationToken);
        }
    }

    /// <summary>
    /// The daily refresh: overdue amounts move as due dates pass without any record changing, and a full read is also
    /// when customers deleted in the ERP (invisible to polling) are noticed.
    /// </summary>
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    [AutomaticRetry(Attempts = 0)]
    public async Task RefreshCreditAsync(CancellationToken cancellationToken)
    {
        using var held = hubLock.Acquire();
        if (await runs.RecordAsync(SourceSystem.Erp, "customerFinancialDetails", async tally =>
            {
                var seen = new HashSet<Guid>();
                await foreach (var page in erp.ReadCustomersAsync(null, cancellationToken))
                {
                    seen.UnionWith(page.Select(c => c.Id));
                    await tally.AddAsync(await writer.ApplyCustomersAsync(page, cancellationToken), cancellationToken);
                }

                var deleted = await reconciler.MarkMissingDeletedAsync(SourceSystem.Erp, seen, cancellationToken);
                await tally.AddAsync(new MirrorCounts(0, 0, 0, deleted), cancellationToken);
            }, cancellationToken))
        {
            await RefreshAgingAsync(cancellationToken);
        }
    }

    /// <summary>A webhook said these customers changed: re-read them (never trust the notification's content).</summary>
    [AutomaticRetry(Attempts = 0)]
    public async Task RefreshCustomerAsync(Guid erpCustomerId, CancellationToken cancellationToken)
    {
        using var held = hubLock.Acquire();
        await RefreshCustomersAsync([erpCustomerId], cancellationToken);
    }

    private Task RefreshCustomersAsync(IReadOnlyCollection<Guid> customerIds, CancellationToken cancellationToken) =>
        runs.RecordAsync(SourceSystem.Erp, "customerFinancialDetails", async tally =>
        {
            foreach (var id in customerIds)
            {
                if (await erp.GetCreditPositionAsync(id, cancellationToken) is not { } position)
                {
                    continue;
                }

                await tally.AddAsync(await writer.ApplyCustomersAsync([position.Customer], cancellationToken), cancellationToken);
                if (position.Aging is { } aging)
                {
                    await writer.ApplyAgingAsync([aging], cancellationToken);
                }
            }
        }, cancellationToken);

    private Task RefreshAgingAsync(CancellationToken cancellationToken) =>
        runs.RecordAsync(SourceSystem.Erp, "agedAccountsReceivables", async tally =>
        {
            await foreach (var page in erp.ReadAgedReceivablesAsync(cancellationToken))
            {
                await tally.AddAsync(await writer.ApplyAgingAsync(page, cancellationToken), cancellationToken);
            }
        }, cancellationToken);

    private Task<bool> PullAsync<T>(
        string entity,
        Func<DateTimeOffset?, CancellationToken, IAsyncEnumerable<IReadOnlyList<T>>> read,
        Func<IReadOnlyList<T>, CancellationToken, Task<MirrorCounts>> apply,
        Func<T, DateTimeOffset> modified,
        CancellationToken cancellationToken) =>
        runs.RecordAsync(SourceSystem.Erp, entity, async tally =>
        {
            var checkpoint = await checkpoints.GetAsync(SourceSystem.Erp, entity, cancellationToken);
            var newest = checkpoint?.Watermark;
            await foreach (var page in read(checkpoint?.Watermark - Overlap, cancellationToken))
            {
                await tally.AddAsync(await apply(page, cancellationToken), cancellationToken);
                if (page.Count > 0 && page.Max(modified) is var pageNewest && (newest is null || pageNewest > newest))
                {
                    newest = pageNewest;
                }
            }

            await checkpoints.SaveAsync(SourceSystem.Erp, entity, null, newest, cancellationToken);
        }, cancellationToken);
}
