using System.Text.Json;
using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Matching;
using CrmErpPortal.Matching.Scoring;
using Microsoft.EntityFrameworkCore;
using EntityBand = CrmErpPortal.Data.Entities.MatchBand;
using EngineBand = CrmErpPortal.Matching.Scoring.MatchBand;

namespace CrmErpPortal.Features.Duplicates.Scoring;

/// <summary>
/// Turns scored pairs into queue rows. A new pair is opened; an open or deferred pair gets its new score; a pair
/// decided "not a duplicate" stays decided while both records' compared fields hash the same as at the decision, and
/// is proposed again once they differ; merged pairs are never touched. Open pairs in scope that no longer score are
/// dismissed. Nothing here merges anything, whatever the band.
/// </summary>
public sealed class CandidateWriter(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock)
{
    public const string System = "system:duplicate-scoring";

    /// <param name="scope">The customers whose pairs were all re-scored (null: every customer, a full re-score).</param>
    public async Task<CandidateCounts> ApplyAsync(
        IReadOnlyList<PairEvidence> pairs, IReadOnlyDictionary<string, MatchRecord> records, IReadOnlySet<Guid>? scope, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var query = db.DuplicateCandidates.AsQueryable();
        if (scope is not null)
        {
            var ids = scope.ToList();
            query = query.Where(d => ids.Contains(d.CustomerAId) || ids.Contains(d.CustomerBId));
        }

        var existing = (await query.ToListAsync(cancellationToken)).ToDictionary(d => (d.CustomerAId, d.CustomerBId));
        var seen = new HashSet<(Guid, Guid)>();
        int proposed = 0, reopened = 0, dismissed = 0;
        foreach (var pair in pairs.Where(p => p.Band != EngineBand.Ignore))
        {
            var (a, b) = Ordered(records[pair.LeftId], records[pair.RightId]);
            var key = (Guid.Parse(a.Id), Guid.Parse(b.Id));
            if (!seen.Add(key))
            {
                continue;
            }

            var evidence = pair.LeftId == a.Id ? pair : pair with { LeftId = a.Id, RightId = b.Id };
            var fingerprint = HubMatchRecords.PairFingerprint(a, b);
            if (!existing.TryGetValue(key, out var candidate))
            {
                candidate = new DuplicateCandidate { CustomerAId = key.Item1, CustomerBId = key.Item2, Status = DuplicateStatus.Open, CreatedAt = now };
                db.DuplicateCandidates.Add(candidate);
                existing[key] = candidate;
                Score(candidate, evidence, a, b, fingerprint, now);
                proposed++;
                continue;
            }

            switch (candidate.Status)
            {
                case DuplicateStatus.Merged:
                    continue;
                case DuplicateStatus.NotDuplicate when candidate.DecisionFingerprint == fingerprint:
                    continue;
                case DuplicateStatus.NotDuplicate or DuplicateStatus.Dismissed:
                    db.AuditEvents.Add(Reproposed(candidate, now));
                    candidate.Status = DuplicateStatus.Open;
                    candidate.DecidedBy = null;
                    candidate.DecidedAt = null;
                    candidate.DecisionNote = null;
                    candidate.DecisionFingerprint = null;
                    reopened++;
                    break;
                case DuplicateStatus.Deferred when candidate.DeferredUntil <= now:
                    candidate.Status = DuplicateStatus.Open;
                    candidate.DeferredUntil = null;
                    break;
            }

            Score(candidate, evidence, a, b, fingerprint, now);
        }

        foreach (var (key, candidate) in existing)
        {
            if (!seen.Contains(key) && candidate.Status is DuplicateStatus.Open or DuplicateStatus.Deferred)
            {
                candidate.Status = DuplicateStatus.Dismissed;
                candidate.DecidedBy = System;
                candidate.DecidedAt = now;
                candidate.DecisionNote = "No longer scores as a possible duplicate.";
                dismissed++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return new CandidateCounts(proposed, reopened, dismissed);
    }

    /// <summary>The pair's rows are keyed with the smaller customer id first, so (a, b) and (b, a) are one row.</summary>
    public static (MatchRecord A, MatchRecord B) Ordered(MatchRecord x, MatchRecord y) =>
        Guid.Parse(x.Id).CompareTo(Guid.Parse(y.Id)) <= 0 ? (x, y) : (y, x);

    private static void Score(DuplicateCandidate candidate, PairEvidence pair, MatchRecord a, MatchRecord b, string fingerprint, DateTimeOffset now)
    {
        candidate.Score = Math.Clamp(pair.Probability, 0, 1);
        candidate.MatchWeight = pair.TotalWeight;
        candidate.PriorWeight = pair.PriorWeight;
        candidate.Band = pair.Band == EngineBand.AutoLink ? EntityBand.AutoLink : EntityBand.Review;
        candidate.Evidence = pair.Comparisons
            .Select(c => new MatchEvidence(c.Comparison, c.Level, c.Weight, HubMatchRecords.ValueOf(a, c.Comparison), HubMatchRecords.ValueOf(b, c.Comparison)))
            .ToList();
        candidate.FieldsFingerprint = fingerprint;
        candidate.ScoredAt = now;
    }

    private static AuditEvent Reproposed(DuplicateCandidate candidate, DateTimeOffset now) => new()
    {
        OccurredAt = now,
        UserId = System,
        UserName = "Duplicate scoring",
        Action = "DuplicateReproposed",
        EntityType = nameof(DuplicateCandidate),
        EntityId = candidate.Id.ToString(),
        BeforeJson = JsonSerializer.Serialize(new { candidate.Status, candidate.DecidedBy, candidate.DecidedAt }),
        AfterJson = JsonSerializer.Serialize(new { Reason = "A compared field of one of the records changed since the decision." }),
    };
}
