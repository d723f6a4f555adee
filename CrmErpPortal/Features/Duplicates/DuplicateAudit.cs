using System.Security.Claims;
using System.Text.Json;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Security;

namespace CrmErpPortal.Features.Duplicates;

/// <summary>
/// Audit events for steward decisions. The evidence is recorded as it stood (score, band, prior, each comparison's
/// level and weight) with ids only: the compared values are personal data and stay in the hub's own rows.
/// </summary>
public static class DuplicateAudit
{
    public static AuditEvent Decision(ClaimsPrincipal user, string action, DuplicateCandidate pair, DateTimeOffset now, object? after = null) =>
        AuditEvents.By(user, action, nameof(DuplicateCandidate), pair.Id.ToString(), now, Evidence(pair), after is null ? null : JsonSerializer.Serialize(after));

    public static string Evidence(DuplicateCandidate pair) => JsonSerializer.Serialize(new
    {
        pair.CustomerAId,
        pair.CustomerBId,
        pair.Status,
        pair.Score,
        pair.Band,
        pair.PriorWeight,
        pair.MatchWeight,
        Comparisons = pair.Evidence.Select(e => new { e.Field, e.Level, e.Weight }),
    });
}
