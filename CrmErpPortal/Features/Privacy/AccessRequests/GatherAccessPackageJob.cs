using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.Privacy.AccessRequests;

/// <summary>
/// Gathers the package for one access request and stores it (JSON + HTML), writing its progress on the request so the
/// page can show it. Takes the id only and checks the state first: a retry of a finished gather does nothing. A failure
/// is recorded on the request for the officer to see and retry; Hangfire does not retry it behind their back.
/// </summary>
public sealed class GatherAccessPackageJob(
    IDbContextFactory<PortalDbContext> contexts, AccessPackageCollector collector, TimeProvider clock, ILogger<GatherAccessPackageJob> logger)
{
    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(Guid accessRequestId, CancellationToken cancellationToken)
    {
        AccessRequest? request;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            request = await db.AccessRequests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == accessRequestId, cancellationToken);
        }

        if (request is null || request.GatherState is not (GatherState.Queued or GatherState.Running))
        {
            return;
        }

        if (!request.IdentityVerified)
        {
            await FinishAsync(accessRequestId, GatherState.Failed, "The requester's identity is not verified.", null, null, cancellationToken);
            return;
        }

        try
        {
            await ProgressAsync(accessRequestId, "Starting", 1, GatherState.Running, cancellationToken);
            var content = await collector.CollectAsync(request, (step, percent) => ProgressAsync(accessRequestId, step, percent, GatherState.Running, cancellationToken), cancellationToken);
            await ProgressAsync(accessRequestId, "Writing the package", 95, GatherState.Running, cancellationToken);
            var package = new AccessRequestPackage
            {
                AccessRequestId = accessRequestId,
                Json = content.Document.ToJsonString(AccessPackageCollector.Json),
                Html = AccessPackageReport.ToHtml(content.Document),
                CreatedAt = clock.GetUtcNow(),
            };
            await FinishAsync(accessRequestId, GatherState.Succeeded, null, content.Warnings.Count == 0 ? null : string.Join('\n', content.Warnings), package, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The message may name a table or a system, never a person's values (no personal data in logs).
            logger.LogError(e, "Gathering access request {AccessRequestId} failed", accessRequestId);
            await FinishAsync(accessRequestId, GatherState.Failed, $"Gathering failed: {e.GetType().Name}: {e.Message}", null, null, CancellationToken.None);
        }
    }

    private async Task ProgressAsync(Guid id, string step, int percent, GatherState state, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.AccessRequests.Where(r => r.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.GatherState, state)
            .SetProperty(r => r.GatherStep, step)
            .SetProperty(r => r.GatherPercent, percent), cancellationToken);
    }

    private async Task FinishAsync(Guid id, GatherState state, string? error, string? warnings, AccessRequestPackage? package, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var request = await db.AccessRequests.FirstAsync(r => r.Id == id, cancellationToken);
        if (package is not null)
        {
            await db.AccessRequestPackages.Where(p => p.AccessRequestId == id).ExecuteDeleteAsync(cancellationToken);
            db.AccessRequestPackages.Add(package);
        }

        request.GatherState = state;
        request.GatherStep = state == GatherState.Succeeded ? "Done" : "Failed";
        request.GatherPercent = 100;
        request.GatherError = error?.Length > 2000 ? error[..2000] : error;
        request.GatherWarnings = warnings?.Length > 2000 ? warnings[..2000] : warnings;
        request.GatherFinishedAt = clock.GetUtcNow();
        if (request.Status == AccessRequestStatus.Gathering)
        {
            request.Status = state == GatherState.Succeeded ? AccessRequestStatus.Ready
                : request.DueOn != request.OriginalDueOn ? AccessRequestStatus.Extended : AccessRequestStatus.Received;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
