using CrmErpPortal.Data.Outbox;
using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Security;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.Home;

public sealed record WorkCountsInput(string UserId, string UserName);

public sealed record WorkCounts(
    int Customers,
    int CustomersLinkedInBoth,
    int CustomersOwnedByUser,
    int ChangeRequestsByUserInProgress,
    int ConversionIssuesOwnedByUser,
    int OpenDuplicatePairs,
    int OpenConversionIssues,
    int ApprovalsAwaitingSteward,
    int ApprovalsAwaitingCredit,
    int CreditBlockedConversions,
    int CustomersOverCreditLimit,
    int OutboxWaiting,
    int OutboxConflictsAndDeadLetters,
    int FailedSyncRunsLastDay,
    int FailedBackgroundJobs,
    int OpenViewingAlerts = 0);

/// <summary>The counts behind every home page tile, straight from the hub and the job storage.</summary>
public sealed class GetWorkCountsQuery(IDbContextFactory<PortalDbContext> contexts, JobStorage jobs, TimeProvider clock)
{
    private static readonly ChangeRequestStatus[] InProgress = [ChangeRequestStatus.Pending, ChangeRequestStatus.Approved, ChangeRequestStatus.Pushing];
    private static readonly ConversionCause[] CreditCauses = [ConversionCause.CustomerBlocked, ConversionCause.CreditLimitExceeded, ConversionCause.OrderOnCreditHold];
    private static readonly OutboxStatus[] Waiting = [OutboxStatus.Pending, OutboxStatus.Sending];
    private static readonly OutboxStatus[] NeedsDecision = [OutboxStatus.Conflicted, OutboxStatus.DeadLettered];

    public async Task<WorkCounts> ExecuteAsync(WorkCountsInput input, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var live = db.Customers.Where(c => c.Status != CustomerStatus.Merged);
        var openIssues = db.ConversionIssues.Where(i => i.Status == ConversionIssueStatus.Open);
        var pending = db.ChangeRequests.Where(r => r.Status == ChangeRequestStatus.Pending && r.RequestedBy != input.UserId);
        var dayAgo = clock.GetUtcNow().AddDays(-1);

        return new WorkCounts(
            Customers: await live.CountAsync(cancellationToken),
            CustomersLinkedInBoth: await live.CountAsync(
                c => c.SourceLinks.Any(l => l.System == SourceSystem.Crm) && c.SourceLinks.Any(l => l.System == SourceSystem.Erp),
                cancellationToken),
            CustomersOwnedByUser: await live.CountAsync(c => c.OwnerUserId == input.UserId, cancellationToken),
            ChangeRequestsByUserInProgress: await db.ChangeRequests.CountAsync(
                r => r.RequestedBy == input.UserId && InProgress.Contains(r.Status), cancellationToken),
            ConversionIssuesOwnedByUser: await openIssues.CountAsync(i => i.OwnerName == input.UserName, cancellationToken),
            OpenDuplicatePairs: await db.DuplicateCandidates.CountAsync(
                d => d.Status == DuplicateStatus.Open && d.Band != MatchBand.Ignore, cancellationToken),
            OpenConversionIssues: await openIssues.CountAsync(cancellationToken),
            ApprovalsAwaitingSteward: await pending.CountAsync(r => r.RequiredApproverRole == Roles.DataSteward, cancellationToken),
            ApprovalsAwaitingCredit: await pending.CountAsync(r => r.RequiredApproverRole == Roles.CreditController, cancellationToken),
            CreditBlockedConversions: await openIssues.CountAsync(i => CreditCauses.Contains(i.Cause), cancellationToken),
            CustomersOverCreditLimit: await db.CreditProfiles.CountAsync(p => p.Balance > p.CreditLimit, cancellationToken),
            OutboxWaiting: await db.OutboxMessages.CountAsync(m => Waiting.Contains(m.Status), cancellationToken),
            OutboxConflictsAndDeadLetters: await db.OutboxMessages.CountAsync(m => NeedsDecision.Contains(m.Status), cancellationToken),
            FailedSyncRunsLastDay: await db.SyncRuns.CountAsync(r => r.Status == SyncRunStatus.Failed && r.StartedAt >= dayAgo, cancellationToken),
            FailedBackgroundJobs: (int)Math.Min(int.MaxValue, jobs.GetMonitoringApi().FailedCount()),
            OpenViewingAlerts: await db.ViewingAlerts.CountAsync(a => a.AcknowledgedAt == null, cancellationToken));
    }
}
