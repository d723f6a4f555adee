using CrmErpPortal.Features.Conversions;
using CrmErpPortal.Features.Dashboards.Trends;
using CrmErpPortal.Features.Dashboards.Drift;
using CrmErpPortal.Features.Duplicates.Scoring;
using CrmErpPortal.Features.Privacy.Retention;
using CrmErpPortal.Features.Sync.Pull;
using CrmErpPortal.Features.Sync.Push;
using CrmErpPortal.Features.Sync.Webhooks;
using Hangfire;

namespace CrmErpPortal.Jobs;

/// <summary>Every recurring schedule, with stable ids (the Hangfire dashboard and the sync monitor show them).</summary>
public static class RecurringJobs
{
    public const string CrmPull = "crm-pull";
    public const string ErpPull = "erp-pull";
    public const string ErpCreditRefresh = "erp-credit-refresh";
    public const string ErpSubscriptions = "erp-subscriptions";
    public const string DuplicatesScoreChanged = "duplicates-score-changed";
    public const string OutboxSweep = "outbox-sweep";
    public const string ConvertWonQuotes = "conversions-convert-won";
    public const string StuckConversions = "conversions-stuck";
    public const string KpiSnapshots = "dashboard-kpi-snapshots";
    public const string DriftCheck = "drift-check";
    public const string DashboardPrecompute = "dashboard-precompute";
    public const string RetentionPropose = "privacy-retention-propose";

    /// <summary>Registers the schedules when <c>Sync:Enabled</c> (default true), and starts a first pull when <c>Sync:PullOnStart</c>.</summary>
    public static WebApplication UsePortalRecurringJobs(this WebApplication app)
    {
        var configuration = app.Configuration;
        var jobs = app.Services.GetRequiredService<IRecurringJobManager>();
        var utc = new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc };

        // The outbox's safety net runs whether or not the pulls do: an approved change must never wait on sync settings.
        jobs.AddOrUpdate<OutboxSweepJob>(OutboxSweep, job => job.RunAsync(CancellationToken.None), configuration["Push:SweepCron"] ?? "* * * * *", utc);
        app.Lifetime.ApplicationStarted.Register(() => jobs.Trigger(OutboxSweep));

        // Reads the hub only, so it runs whether or not sync is on. Early Monday: it records the week just ended (SnapshotWeek).
        // Only computations slower than Dashboards:PrecomputeAbove are kept, so on a small hub this costs a few queries.
        jobs.AddOrUpdate<Features.Dashboards.Leadership.PrecomputeDashboardsJob>(DashboardPrecompute, job => job.RunAsync(CancellationToken.None), configuration["Dashboards:PrecomputeCron"] ?? "*/5 * * * *", utc);
        jobs.AddOrUpdate<RecordKpiSnapshotsJob>(KpiSnapshots, job => job.RunAsync(CancellationToken.None), configuration["Dashboards:SnapshotCron"] ?? "15 0 * * 1", utc);
        // Retention proposes only (a privacy officer approves every purge), and does not depend on the pulls running.
        jobs.AddOrUpdate<ProposeRetentionJob>(RetentionPropose, job => job.RunAsync(CancellationToken.None),
            app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<RetentionOptions>>().Value.ProposeCron, utc);
        if (!configuration.GetValue("Sync:Enabled", true))
        {
            return app;
        }

        jobs.AddOrUpdate<CrmPullJob>(CrmPull, job => job.RunAsync(CancellationToken.None), configuration["Sync:CrmPullCron"] ?? "*/5 * * * *", utc);
        jobs.AddOrUpdate<ErpPullJob>(ErpPull, job => job.RunAsync(CancellationToken.None), configuration["Sync:ErpPullCron"] ?? "*/5 * * * *", utc);
        jobs.AddOrUpdate<ErpPullJob>(ErpCreditRefresh, job => job.RefreshCreditAsync(CancellationToken.None), configuration["Sync:ErpCreditRefreshCron"] ?? "0 14 * * *", utc);
        jobs.AddOrUpdate<ErpSubscriptionJob>(ErpSubscriptions, job => job.RunAsync(CancellationToken.None), configuration["Sync:ErpSubscriptionCron"] ?? "0 */6 * * *", utc);

        // The follow-up to every pull, webhook-driven or scheduled: it scores customers whose UpdatedAt moved past its
        // checkpoint, so it needs no hook in the sync code and catches changes from any writer. Idle runs cost one query.
        jobs.AddOrUpdate<ScoreDuplicatesJob>(DuplicatesScoreChanged, job => job.RunChangedAsync(CancellationToken.None), configuration["Duplicates:ScoreChangedCron"] ?? "* * * * *", utc);

        // Like scoring, conversion follows the pulls without a hook in them: won quotes the mirror holds and no order has.
        jobs.AddOrUpdate<ConvertWonQuotesJob>(ConvertWonQuotes, job => job.RunAsync(CancellationToken.None), configuration["Conversions:ConvertWonCron"] ?? "* * * * *", utc);
        jobs.AddOrUpdate<StuckConversionsJob>(StuckConversions, job => job.RunAsync(CancellationToken.None), configuration["Conversions:StuckCron"] ?? "*/15 * * * *", utc);

        // Nightly, after the day's pulls (15:00 UTC is 3–5 am in NZ, 1–2 am on the AU east coast): compares the stored
        // CRM and ERP copies of every customer linked in both; it reads only the hub, never the systems.
        jobs.AddOrUpdate<DetectDriftJob>(DriftCheck, job => job.RunAsync(CancellationToken.None), configuration["Drift:CheckCron"] ?? "0 15 * * *", utc);

        if (configuration.GetValue("Sync:PullOnStart", true))
        {
            var client = app.Services.GetRequiredService<IBackgroundJobClient>();
            app.Lifetime.ApplicationStarted.Register(() =>
            {
                client.Enqueue<CrmWebhookJob>(job => job.RunAsync(CancellationToken.None));
                jobs.Trigger(ErpSubscriptions);
                jobs.Trigger(CrmPull);
                jobs.Trigger(ErpPull);
            });
        }

        return app;
    }
}
