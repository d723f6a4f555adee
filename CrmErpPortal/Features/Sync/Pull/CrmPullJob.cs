using CrmErpPortal.Jobs;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Integration;
using Hangfire;

namespace CrmErpPortal.Features.Sync.Pull;

/// <summary>
/// Pulls CRM changes through Dataverse change tracking, table by table, parents first. The first run is the full
/// load; later runs follow the stored delta link. An expired link triggers a re-baseline that reconciles deletions
/// by comparing id sets, so nothing is lost and nothing deleted lingers.
/// </summary>
public sealed class CrmPullJob(ICrmConnector crm, CrmMirrorWriter writer, SyncCheckpointStore checkpoints, SyncRunRecorder runs, ExactKeyLinker linker, HubSyncLock hubLock, SourceLinkReconciler reconciler)
{
    public static readonly IReadOnlyList<CrmTable> Order = [CrmTable.Accounts, CrmTable.Contacts, CrmTable.Opportunities, CrmTable.Quotes, CrmTable.Cases];

    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var held = hubLock.Acquire();
        foreach (var table in Order)
        {
            if (!await PullTableCoreAsync(table, cancellationToken))
            {
                return;
            }

            if (table == CrmTable.Accounts)
            {
                await linker.LinkAsync(cancellationToken);
            }
        }
    }

    /// <summary>Pulls one table (a webhook said it changed); false when the source failed, which the run records.</summary>
    [AutomaticRetry(Attempts = 0)]
    public async Task<bool> PullTableAsync(CrmTable table, CancellationToken cancellationToken)
    {
        using var held = hubLock.Acquire();
        var pulled = await PullTableCoreAsync(table, cancellationToken);
        if (pulled && table == CrmTable.Accounts)
        {
            await linker.LinkAsync(cancellationToken);
        }

        return pulled;
    }

    private Task<bool> PullTableCoreAsync(CrmTable table, CancellationToken cancellationToken) => table switch
    {
        CrmTable.Accounts => PullAsync("accounts", crm.ReadAccountsAsync, writer.ApplyAccountsAsync, a => a.Id,
            (seen, ct) => reconciler.MarkMissingDeletedAsync(SourceSystem.Crm, seen, ct), cancellationToken),
        CrmTable.Contacts => PullAsync("contacts", crm.ReadContactsAsync, writer.ApplyContactsAsync, c => c.Id, null, cancellationToken),
        CrmTable.Quotes => PullAsync("quotes", crm.ReadQuotesAsync, writer.ApplyQuotesAsync, q => q.Id, null, cancellationToken),
        CrmTable.Opportunities => PullAsync("opportunities", crm.ReadOpportunitiesAsync, writer.ApplyOpportunitiesAsync, o => o.Id, null, cancellationToken),
        CrmTable.Cases => PullAsync("incidents", crm.ReadCasesAsync, writer.ApplyCasesAsync, c => c.Id, null, cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(table)),
    };

    private Task<bool> PullAsync<T>(
        string entity,
        Func<string?, CancellationToken, IAsyncEnumerable<ChangePage<T>>> read,
        Func<ChangePage<T>, CancellationToken, Task<MirrorCounts>> apply,
        Func<T, Guid> key,
        Func<IReadOnlySet<Guid>, CancellationToken, Task<int>>? reconcileDeletions,
        CancellationToken cancellationToken) =>
        runs.RecordAsync(SourceSystem.Crm, entity, async tally =>
        {
            var checkpoint = await checkpoints.GetAsync(SourceSystem.Crm, entity, cancellationToken);
            string? deltaLink;
            try
            {
                deltaLink = await ReadAllAsync(checkpoint?.DeltaToken, null);
            }
            catch (DeltaTokenExpiredException)
            {
                var seen = new HashSet<Guid>();
                deltaLink = await ReadAllAsync(null, seen);
                if (reconcileDeletions is not null)
                {
                    await tally.AddAsync(new MirrorCounts(0, 0, 0, await reconcileDeletions(seen, cancellationToken)), cancellationToken);
                }
            }

            await checkpoints.SaveAsync(SourceSystem.Crm, entity, deltaLink, null, cancellationToken);

            async Task<string?> ReadAllAsync(string? from, HashSet<Guid>? seen)
            {
                string? delta = null;
                await foreach (var page in read(from, cancellationToken))
                {
                    seen?.UnionWith(page.Upserts.Select(key));
                    await tally.AddAsync(await apply(page, cancellationToken), cancellationToken);
                    delta = page.DeltaLink ?? delta;
                }

                return delta;
            }
        }, cancellationToken);
}
