using System.Security.Claims;
using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Security;
using Hangfire;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.Privacy.AccessRequests;

/// <summary>Queues the gather job (the page shows its progress). Refused until the requester's identity is verified.</summary>
public sealed class StartGatherCommand(
    IDbContextFactory<PortalDbContext> contexts, IBackgroundJobClient jobs, TimeProvider clock, IAuthorizationService authorization)
{
    public async Task<AccessRequestResult> ExecuteAsync(Guid accessRequestId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        await PrivacyAuthorization.EnsureAsync(authorization, user);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var request = await db.AccessRequests.FirstOrDefaultAsync(r => r.Id == accessRequestId, cancellationToken);
        if (request is null)
        {
            return AccessRequestResult.Failed("No such access request.");
        }

        if (request.Status.IsClosed())
        {
            return AccessRequestResult.Failed("The request is closed.");
        }

        if (!request.IdentityVerified)
        {
            return AccessRequestResult.Failed("Verify the requester's identity before gathering their information.");
        }

        var now = clock.GetUtcNow();
        if (GatherRuns.InProgress(request, now))
        {
            return AccessRequestResult.Failed("Gathering is already under way.");
        }

        request.GatherState = GatherState.Queued;
        request.GatherStep = "Waiting for a worker";
        request.GatherPercent = 0;
        request.GatherError = null;
        request.GatherWarnings = null;
        request.GatherStartedAt = now;
        request.GatherFinishedAt = null;
        request.Status = AccessRequestStatus.Gathering;
        db.AuditEvents.Add(AuditEvents.By(user, "AccessRequestGatherStarted", nameof(AccessRequest), request.Id.ToString(), now));
        var saved = await AccessRequestSaves.SaveAsync(db, request.Id, cancellationToken);
        if (saved.Saved)
        {
            jobs.Enqueue<GatherAccessPackageJob>(job => job.RunAsync(request.Id, CancellationToken.None));
        }

        return saved;
    }
}

public static class GatherRuns
{
    /// <summary>
    /// Beside the SQLite hub the job queue is in memory, so a restart loses a queued gather: one that has not finished
    /// within this time is treated as lost and may be started again (a late finish only replaces the package).
    /// </summary>
    public static readonly TimeSpan GiveUpAfter = TimeSpan.FromMinutes(10);

    public static bool InProgress(AccessRequest request, DateTimeOffset now) =>
        request.GatherState is GatherState.Queued or GatherState.Running && request.GatherStartedAt > now - GiveUpAfter;
}
