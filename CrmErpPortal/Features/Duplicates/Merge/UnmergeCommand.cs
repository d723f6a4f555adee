using System.Security.Claims;
using System.Text.Json;
using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.Duplicates.Merge;

/// <param name="MergeVersion">The merge record's version the steward saw: two unmerges of one merge cannot both run.</param>
public sealed record UnmergeInput(Guid MergeRecordId, long MergeVersion);

public sealed record UnmergeResult(string? Error)
{
    public bool Unmerged => Error is null;
}

/// <summary>
/// Undoes a merge from its before-images: both customers get back every field they had, every row that moved goes
/// back to the merged customer, the pairs the merge closed get their earlier decision back, and the merge's change
/// requests not yet approved are withdrawn (rejected with a note); approved ones have been or are being pushed, and
/// undoing them in the systems is a new request the steward makes.
/// </summary>
public sealed class UnmergeCommand(IDbContextFactory<PortalDbContext> contexts, IAuthorizationService authorization, TimeProvider clock)
{
    public async Task<UnmergeResult> ExecuteAsync(UnmergeInput input, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(user, Policies.Stewardship)).Succeeded)
        {
            throw new UnauthorizedAccessException("Only a data steward or an admin can unmerge customers.");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var record = await db.MergeRecords.SingleOrDefaultAsync(m => m.Id == input.MergeRecordId, cancellationToken);
        if (record is null)
        {
            return new("No such merge.");
        }

        if (record.UnmergedAt is not null || record.Version != input.MergeVersion)
        {
            return new("This merge was already undone or changed by someone else; reload the merge history.");
        }

        var survivor = await db.Customers.SingleAsync(c => c.Id == record.SurvivorCustomerId, cancellationToken);
        var merged = await db.Customers.SingleAsync(c => c.Id == record.MergedCustomerId, cancellationToken);
        if (merged.Status != CustomerStatus.Merged || merged.MergedIntoCustomerId != survivor.Id)
        {
            return new("The merged record is no longer merged into this survivor.");
        }

        var json = MergeCustomersCommand.Json;
        var survivorBefore = JsonSerializer.Deserialize<CustomerSnapshot>(record.SurvivorBeforeJson, json)!;
        var image = JsonSerializer.Deserialize<MergedBeforeImage>(record.MergedBeforeJson, json)!;
        survivorBefore.RestoreTo(survivor);
        image.Customer.RestoreTo(merged);

        var now = clock.GetUtcNow();
        var pairIds = image.Pairs.Select(p => p.Id).ToList();
        var pairs = await db.DuplicateCandidates.Where(d => pairIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, cancellationToken);
        foreach (var before in image.Pairs)
        {
            if (pairs.TryGetValue(before.Id, out var pair))
            {
                pair.Status = before.Status;
                pair.DecidedBy = before.DecidedBy;
                pair.DecidedAt = before.DecidedAt;
                pair.DecisionNote = before.DecisionNote;
                pair.DeferredUntil = before.DeferredUntil;
                pair.ClusterId = before.ClusterId;
                pair.ClusterSize = before.ClusterSize;
                db.AuditEvents.Add(DuplicateAudit.Decision(user, "DuplicateRestoredByUnmerge", pair, now, new { MergeRecordId = record.Id }));
            }
        }

        var requestIds = image.ChangeRequests.ToList();
        foreach (var request in await db.ChangeRequests.Where(r => requestIds.Contains(r.Id) && (r.Status == ChangeRequestStatus.Draft || r.Status == ChangeRequestStatus.Pending)).ToListAsync(cancellationToken))
        {
            request.Status = ChangeRequestStatus.Rejected;
            request.DecidedBy = user.UserId();
            request.DecidedAt = now;
            request.DecisionComment = "Withdrawn: the merge that asked for this was undone.";
        }

        record.UnmergedBy = user.DisplayName();
        record.UnmergedAt = now;
        db.AuditEvents.Add(AuditEvents.By(user, "CustomersUnmerged", nameof(Customer), survivor.Id.ToString(), now,
            afterJson: JsonSerializer.Serialize(new { MergeRecordId = record.Id, RestoredId = merged.Id, RowsMovedBack = image.Moved.Count })));

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new("A record changed while undoing the merge; nothing was changed. Try again.");
        }

        await ChildRows.MoveAsync(db, image.Moved, survivor.Id, merged.Id, unmerging: true, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new(null);
    }
}
