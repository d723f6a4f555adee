using System.Security.Claims;
using CrmErpPortal.Data.Entities;

namespace CrmErpPortal.Security;

/// <summary>
/// The audit record of something a signed-in user did. Commands add it to their own context, so the change and its
/// audit commit together; <see cref="AuditWriter"/> writes one on its own.
/// </summary>
public static class AuditEvents
{
    public static AuditEvent By(
        ClaimsPrincipal user, string action, string entityType, string entityId, DateTimeOffset at, string? beforeJson = null, string? afterJson = null) => new()
    {
        OccurredAt = at,
        UserId = user.UserId(),
        UserName = user.DisplayName(),
        Action = action,
        EntityType = entityType,
        EntityId = entityId,
        BeforeJson = beforeJson,
        AfterJson = afterJson,
    };
}
