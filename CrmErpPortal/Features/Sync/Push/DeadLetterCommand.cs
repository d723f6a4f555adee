using System.Security.Claims;
using System.Text.Json;
using CrmErpPortal.Data;
using CrmErpPortal.Data.Outbox;
using CrmErpPortal.Security;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.Sync.Push;

/// <summary>
/// The dead-letter list's two actions (Admin or DataSteward): resubmit a message for a fresh round of attempts (its
/// history is kept), or cancel it for good. Either way the request's status follows.
/// </summary>
public sealed class DeadLetterCommand(IDbContextFactory<PortalDbContext> contexts, IBackgroundJobClient jobs, TimeProvider clock)
{
    public async Task<string?> ResubmitAsync(Guid messageId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var error = await ChangeAsync(messageId, OutboxStatus.Pending, "OutboxMessageResubmitted", user, cancellationToken);
        if (error is null)
        {
            OutboxSendJob.Enqueue(jobs, [messageId]);
        }

        return error;
    }

    public Task<string?> CancelAsync(Guid messageId, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        ChangeAsync(messageId, OutboxStatus.Cancelled, "OutboxMessageCancelled", user, cancellationToken);

    private async Task<string?> ChangeAsync(Guid messageId, OutboxStatus to, string action, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!user.IsInRole(Roles.Admin) && !user.IsInRole(Roles.DataSteward))
        {
            return "Only an Admin or a Data steward can resubmit or cancel a message.";
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var message = await db.OutboxMessages.SingleOrDefaultAsync(m => m.Id == messageId, cancellationToken);
        if (message is null || message.Status != OutboxStatus.DeadLettered)
        {
            return "This message is no longer in the dead-letter list.";
        }

        var now = clock.GetUtcNow();
        message.Status = to;
        if (to == OutboxStatus.Pending)
        {
            message.Attempts = 0;
            message.NextAttemptAt = now;
        }

        if (message.ChangeRequestId is { } requestId)
        {
            await ChangeRequestProgress.UpdateAsync(db, requestId, cancellationToken);
        }

        db.AuditEvents.Add(AuditEvents.By(user, action, nameof(OutboxMessage), message.Id.ToString(), now,
            afterJson: JsonSerializer.Serialize(new { message.ChangeRequestId, System = message.TargetSystem.ToString() })));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return "Someone else acted on this message just now; reload.";
        }

        return null;
    }
}
