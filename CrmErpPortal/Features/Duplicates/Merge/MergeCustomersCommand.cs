using System.Security.Claims;
using System.Text.Json;
using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.Duplicates.Merge;

/// <param name="Choices">Per field name, the customer whose value survives; fields left out keep the survivor's value.</param>
/// <param name="SurvivorVersion">The versions the steward saw: a merge over a record changed since is refused.</param>
public sealed record MergeCustomersInput(
    Guid? CandidateId, Guid SurvivorId, Guid MergedId, IReadOnlyDictionary<string, Guid> Choices, long SurvivorVersion, long MergedVersion, string? Note = null);

public sealed record MergeCustomersResult(Guid? MergeRecordId, string? Error, IReadOnlyList<Guid> ChangeRequestIds)
{
    public bool Merged => MergeRecordId is not null;

    public static MergeCustomersResult Refused(string error) => new(null, error, []);
}

/// <summary>
/// Merges one customer into another in one transaction. Nothing is deleted: the merged customer keeps its id with
/// status Merged; its source links, contacts, orders, invoices, quotes, opportunities, cases, credit profile and
/// conversion issues move to the survivor; a before-image of both records and the ids of every moved row go into the
/// merge record so <see cref="UnmergeCommand"/> can restore exactly. What the CRM and ERP must do is written as submitted
/// change requests, not sent.
/// </summary>
public sealed class MergeCustomersCommand(IDbContextFactory<PortalDbContext> contexts, IAuthorizationService authorization, TimeProvider clock)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<MergeCustomersResult> ExecuteAsync(MergeCustomersInput input, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(user, Policies.Stewardship)).Succeeded)
        {
            throw new UnauthorizedAccessException("Only a data steward or an admin can merge customers.");
        }

        if (input.SurvivorId == input.MergedId)
        {
            return MergeCustomersResult.Refused("A customer cannot be merged into itself.");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var customers = await db.Customers.Where(c => c.Id == input.SurvivorId || c.Id == input.MergedId).ToDictionaryAsync(c => c.Id, cancellationToken);
        if (!customers.TryGetValue(input.SurvivorId, out var survivor) || !customers.TryGetValue(input.MergedId, out var merged))
        {
            return MergeCustomersResult.Refused("One of the customers no longer exists.");
        }

        if (survivor.Status == CustomerStatus.Merged || merged.Status == CustomerStatus.Merged)
        {
            return MergeCustomersResult.Refused("One of the customers has already been merged into another record.");
        }

        if (survivor.Version != input.SurvivorVersion || merged.Version != input.MergedVersion)
        {
            return MergeCustomersResult.Refused("One of the customers changed since you opened this page (a sync or another steward). Reload to see the current values, then merge again.");
        }

        var unknown = input.Choices.FirstOrDefault(c => MergeFields.Find(c.Key) is null || (c.Value != survivor.Id && c.Value != merged.Id));
        if (unknown.Key is not null)
        {
            return MergeCustomersResult.Refused($"'{unknown.Key}' is not a field a merge can choose, or names neither customer.");
        }

        var pairs = await db.DuplicateCandidates
            .Where(d => (d.CustomerAId == merged.Id || d.CustomerBId == merged.Id || d.Id == input.CandidateId)
                && (d.Status == DuplicateStatus.Open || d.Status == DuplicateStatus.Deferred || d.Id == input.CandidateId))
            .ToListAsync(cancellationToken);
        var candidate = pairs.FirstOrDefault(p => p.Id == input.CandidateId);
        if (input.CandidateId is not null && (candidate is null || candidate.Status is not (DuplicateStatus.Open or DuplicateStatus.Deferred)
            || !new[] { candidate.CustomerAId, candidate.CustomerBId }.Order().SequenceEqual(new[] { survivor.Id, merged.Id }.Order())))
        {
            return MergeCustomersResult.Refused("This pair has already been decided by someone else; reload the queue.");
        }

        var now = clock.GetUtcNow();
        var survivorBefore = CustomerSnapshot.Of(survivor);
        var mergedBefore = CustomerSnapshot.Of(merged);
        var survivorLinks = await db.SourceLinks.AsNoTracking().Where(l => l.CustomerId == survivor.Id).ToListAsync(cancellationToken);
        var mergedLinks = await db.SourceLinks.AsNoTracking().Where(l => l.CustomerId == merged.Id).ToListAsync(cancellationToken);
        var moved = await ChildRows.OfAsync(db, merged.Id, cancellationToken);

        var taken = new List<(MergeField Field, string? Before, string? After)>();
        foreach (var (name, from) in input.Choices.Where(c => c.Value == merged.Id))
        {
            var field = MergeFields.Find(name)!;
            var before = field.Read(survivor);
            field.CopyFrom(survivor, merged);
            if (!string.Equals(before, field.Read(survivor), StringComparison.Ordinal))
            {
                taken.Add((field, before, field.Read(survivor)));
            }
        }

        survivor.UpdatedAt = now;
        merged.Status = CustomerStatus.Merged;
        merged.MergedIntoCustomerId = survivor.Id;
        merged.UpdatedAt = now;

        var pairsBefore = pairs.Select(p => new PairBefore(p.Id, p.Status, p.DecidedBy, p.DecidedAt, p.DecisionNote, p.DeferredUntil, p.ClusterId, p.ClusterSize)).ToList();
        foreach (var pair in pairs)
        {
            db.AuditEvents.Add(DuplicateAudit.Decision(user, pair == candidate ? "DuplicateMerged" : "DuplicateDismissedByMerge", pair, now, new { SurvivorId = survivor.Id, MergedId = merged.Id }));
            pair.Status = pair == candidate ? DuplicateStatus.Merged : DuplicateStatus.Dismissed;
            pair.DecidedBy = user.DisplayName();
            pair.DecidedAt = now;
            pair.DecisionNote = pair == candidate ? Trim(input.Note) : "One of the records was merged into another.";
            pair.ClusterId = null;
            pair.ClusterSize = 0;
        }

        var requests = MergeSystemEffects.For(survivor, survivorLinks, merged, mergedLinks, taken, user.UserId(), now);
        db.ChangeRequests.AddRange(requests);
        var record = new MergeRecord
        {
            SurvivorCustomerId = survivor.Id,
            MergedCustomerId = merged.Id,
            DuplicateCandidateId = candidate?.Id,
            FieldChoicesJson = JsonSerializer.Serialize(input.Choices.Select(c => new FieldChoice(c.Key, c.Value)), Json),
            SurvivorBeforeJson = JsonSerializer.Serialize(survivorBefore, Json),
            MergedBeforeJson = JsonSerializer.Serialize(new MergedBeforeImage(mergedBefore, moved, pairsBefore, requests.Select(r => r.Id).ToList()), Json),
            MergedBy = user.DisplayName(),
            MergedAt = now,
        };
        db.MergeRecords.Add(record);
        db.AuditEvents.Add(AuditEvents.By(user, "CustomersMerged", nameof(Customer), survivor.Id.ToString(), now,
            candidate is null ? null : DuplicateAudit.Evidence(candidate),
            JsonSerializer.Serialize(new
            {
                MergeRecordId = record.Id,
                MergedId = merged.Id,
                FieldsTakenFromMerged = taken.Select(t => t.Field.Name),
                RowsMoved = moved.Count,
                ChangeRequests = requests.Select(r => r.Id),
            })));

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return MergeCustomersResult.Refused("A record changed while merging (a sync or another steward); nothing was merged. Reload and try again.");
        }

        await ChildRows.MoveAsync(db, moved, merged.Id, survivor.Id, unmerging: false, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new MergeCustomersResult(record.Id, null, requests.Select(r => r.Id).ToList());
    }

    private static string? Trim(string? note) =>
        string.IsNullOrWhiteSpace(note) ? null : note.Trim()[..Math.Min(note.Trim().Length, 1000)];
}
