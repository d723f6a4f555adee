using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.Sync.Webhooks;

/// <summary>Keeps every notification received, accepted or not, with a short plain reason.</summary>
public sealed class WebhookRecorder(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock)
{
    public async Task RecordAsync(
        SourceSystem system, WebhookEventOutcome outcome, string? resource, string? changeType, string? detail, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.WebhookEvents.Add(new WebhookEvent
        {
            System = system,
            ReceivedAt = clock.GetUtcNow(),
            Outcome = outcome,
            Resource = Truncate(resource, 500),
            ChangeType = Truncate(changeType, 30),
            Detail = Truncate(detail, 500),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string? Truncate(string? value, int length) => value is null || value.Length <= length ? value : value[..length];
}
