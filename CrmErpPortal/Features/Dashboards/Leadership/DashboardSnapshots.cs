using System.Collections.Concurrent;
using System.Diagnostics;
using CrmErpPortal.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CrmErpPortal.Features.Dashboards.Leadership;

/// <summary>
/// The dashboards the page shows. A computation that took longer than <see cref="DashboardOptions.PrecomputeAbove"/>
/// (about a second at 100,000 customers, docs/benchmarks.md) is kept and served for up to
/// <see cref="DashboardOptions.SnapshotMaxAge"/>, its as-of time shown; <see cref="PrecomputeDashboardsJob"/> keeps the
/// default views warm. A quick one is never kept, so a small hub always shows live figures. Concurrent requests for the
/// same filter share one computation.
/// </summary>
public sealed class DashboardSnapshots(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock, IOptions<DashboardOptions> options)
{
    private const int MaxKept = 200;
    private readonly ConcurrentDictionary<DashboardFilter, Lazy<Task<Computed>>> _entries = new();

    public async Task<LeadershipDashboard> GetAsync(DashboardFilter filter, CancellationToken cancellationToken)
    {
        var entry = _entries.GetOrAdd(filter, Start);
        if (entry.Value.IsCompleted && !IsUsable(entry.Value))
        {
            var fresh = Start(filter);
            entry = _entries.TryUpdate(filter, fresh, entry) ? fresh : _entries.GetOrAdd(filter, fresh);
        }

        var computed = await entry.Value.WaitAsync(cancellationToken);
        if (!computed.Keep)
        {
            _entries.TryRemove(new KeyValuePair<DashboardFilter, Lazy<Task<Computed>>>(filter, entry));
        }

        return computed.Dashboard;
    }

    /// <summary>Computes now, replacing what is kept (the page's Refresh and the precompute job).</summary>
    public async Task<LeadershipDashboard> RefreshAsync(DashboardFilter filter, CancellationToken cancellationToken)
    {
        var fresh = Start(filter);
        _entries[filter] = fresh;
        Prune();
        var computed = await fresh.Value.WaitAsync(cancellationToken);
        return computed.Dashboard;
    }

    private Lazy<Task<Computed>> Start(DashboardFilter filter) => new(() => ComputeAsync(filter));

    // Not the caller's token: other callers may be waiting on the same computation.
    private async Task<Computed> ComputeAsync(DashboardFilter filter)
    {
        var watch = Stopwatch.StartNew();
        var dashboard = await new GetLeadershipDashboardQuery(contexts, clock).ExecuteAsync(filter, CancellationToken.None);
        return new Computed(dashboard, watch.Elapsed >= options.Value.PrecomputeAbove);
    }

    private bool IsUsable(Task<Computed> task) =>
        task.IsCompletedSuccessfully && task.Result.Keep && clock.GetUtcNow() - task.Result.Dashboard.ComputedAt <= options.Value.SnapshotMaxAge;

    private void Prune()
    {
        if (_entries.Count <= MaxKept)
        {
            return;
        }

        foreach (var (filter, entry) in _entries)
        {
            if (entry.IsValueCreated && entry.Value.IsCompleted && !IsUsable(entry.Value))
            {
                _entries.TryRemove(new KeyValuePair<DashboardFilter, Lazy<Task<Computed>>>(filter, entry));
            }
        }
    }

    private sealed record Computed(LeadershipDashboard Dashboard, bool Keep);
}
