using System.Security.Claims;
using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.Duplicates.Scoring;
using CrmErpPortal.Matching;
using CrmErpPortal.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.Duplicates;

public enum PairDecision
{
    NotDuplicate,
    Defer,
}

public sealed record DecideDuplicatesInput(IReadOnlyList<Guid> CandidateIds, PairDecision Decision, string? Note = null);

public sealed record DecideDuplicatesResult(int Decided, int Skipped);

/// <summary>
/// "Not a duplicate" and "Defer", for one pair or a selection. "Not a duplicate" keeps a hash of both records'
/// compared fields as they are now: scoring proposes the pair again only after one of them changes. "Defer" puts the
/// pair aside for a week. Pairs already decided, or changed by someone else meanwhile, are skipped, not overwritten.
/// </summary>
public sealed class DecideDuplicatesCommand(
    IDbContextFactory<PortalDbContext> contexts, HubCustomerLoader customers, IAuthorizationService authorization, TimeProvider clock)
{
    public static readonly TimeSpan DeferFor = TimeSpan.FromDays(7);

    public async Task<DecideDuplicatesResult> ExecuteAsync(DecideDuplicatesInput input, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(user, Policies.Stewardship)).Succeeded)
        {
            throw new UnauthorizedAccessException("Only a data steward or an admin can decide duplicates.");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ids = input.CandidateIds.Distinct().ToList();
        var pairs = await db.DuplicateCandidates.Where(d => ids.Contains(d.Id)).ToListAsync(cancellationToken);
        var records = (await customers.LoadAsync(pairs.SelectMany(p => new[] { p.CustomerAId, p.CustomerBId }).Distinct().ToList(), cancellationToken))
            .ToDictionary(r => r.Id, HubMatchRecords.From);
        var now = clock.GetUtcNow();
        var note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim()[..Math.Min(input.Note.Trim().Length, 1000)];
        var decided = 0;
        foreach (var pair in pairs.Where(p => p.Status is DuplicateStatus.Open or DuplicateStatus.Deferred))
        {
            var action = input.Decision == PairDecision.NotDuplicate ? "DuplicateNotDuplicate" : "DuplicateDeferred";
            db.AuditEvents.Add(DuplicateAudit.Decision(user, action, pair, now, new { input.Decision, HasNote = note is not null }));
            pair.DecidedBy = user.DisplayName();
            pair.DecidedAt = now;
            pair.DecisionNote = note;
            if (input.Decision == PairDecision.NotDuplicate)
            {
                pair.Status = DuplicateStatus.NotDuplicate;
                pair.DeferredUntil = null;
                pair.DecisionFingerprint = Fingerprint(records, pair) ?? pair.FieldsFingerprint;
            }
            else
            {
                pair.Status = DuplicateStatus.Deferred;
                pair.DeferredUntil = now + DeferFor;
            }

            decided++;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // A re-score or another steward wrote one of these pairs meanwhile: decide nothing rather than part.
            return new DecideDuplicatesResult(0, ids.Count);
        }

        return new DecideDuplicatesResult(decided, ids.Count - decided);
    }

    private static string? Fingerprint(Dictionary<Guid, MatchRecord> records, DuplicateCandidate pair) =>
        records.TryGetValue(pair.CustomerAId, out var a) && records.TryGetValue(pair.CustomerBId, out var b)
            ? HubMatchRecords.PairFingerprint(a, b)
            : null;
}
