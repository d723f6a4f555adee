using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.Privacy.AccessRequests.Deadlines;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.Privacy.AccessRequests;

public sealed record AccessRequestExtensionView(DateOnly PreviousDueOn, DateOnly NewDueOn, string Reason, string? ExtendedByName, DateTimeOffset ExtendedAt);

public sealed record AccessRequestDetail(
    AccessRequest Request, IReadOnlyList<AccessRequestExtensionView> Extensions, bool HasPackage, DateTimeOffset? PackageCreatedAt, DeadlineFlag Flag, DateOnly Today,
    bool GatherInProgress)
{
    public bool IsClosed => Request.Status.IsClosed();

    /// <summary>NZ s 41/48: an extension must be notified within the time limit it extends.</summary>
    public bool CanExtend => !IsClosed && Today <= Request.DueOn;

    public bool CanGather => !IsClosed && Request.IdentityVerified && !GatherInProgress;

    public bool CanRelease => !IsClosed && Request.IdentityVerified && HasPackage && !GatherInProgress;
}

/// <summary>One request with its extensions and whether a package is ready to download.</summary>
public sealed class GetAccessRequestQuery(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock)
{
    public async Task<AccessRequestDetail?> ExecuteAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var request = await db.AccessRequests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (request is null)
        {
            return null;
        }

        var extensions = await db.AccessRequestExtensions.AsNoTracking()
            .Where(e => e.AccessRequestId == id)
            .Select(e => new AccessRequestExtensionView(e.PreviousDueOn, e.NewDueOn, e.Reason, e.ExtendedByName, e.ExtendedAt))
            .ToListAsync(cancellationToken);
        var packageAt = await db.AccessRequestPackages.AsNoTracking()
            .Where(p => p.AccessRequestId == id)
            .Select(p => (DateTimeOffset?)p.CreatedAt)
            .FirstOrDefaultAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var today = JurisdictionCalendar.Today(request.Jurisdiction, now);
        return new AccessRequestDetail(request, [.. extensions.OrderBy(e => e.NewDueOn)], packageAt is not null, packageAt,
            AccessDeadlines.Flag(request.DueOn, today, request.Status.IsClosed()), today, GatherRuns.InProgress(request, now));
    }
}
