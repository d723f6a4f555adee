using System.Security.Claims;
using System.Text.Json;
using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.Privacy.WhoSawWhat;

public sealed record AcknowledgeViewingAlertInput(long AlertId, string? Note);

public sealed record AcknowledgeViewingAlertResult(bool Succeeded, string? Error)
{
    public static readonly AcknowledgeViewingAlertResult Done = new(true, null);

    public static AcknowledgeViewingAlertResult Failed(string error) => new(false, error);
}

/// <summary>The privacy officer has looked into an unusual-viewing alert and says what they found; audited.</summary>
public sealed class AcknowledgeViewingAlertCommand(IDbContextFactory<PortalDbContext> contexts, IAuthorizationService authorization, TimeProvider clock)
{
    public const int MaxNoteLength = 2000;

    public async Task<AcknowledgeViewingAlertResult> ExecuteAsync(ClaimsPrincipal user, AcknowledgeViewingAlertInput input, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(user, Policies.Privacy)).Succeeded)
        {
            return AcknowledgeViewingAlertResult.Failed("Only a privacy officer can acknowledge viewing alerts.");
        }

        var note = input.Note?.Trim();
        if (string.IsNullOrEmpty(note))
        {
            return AcknowledgeViewingAlertResult.Failed("Say what you found, e.g. \"Bulk call list for the March campaign, approved by the sales manager\".");
        }

        if (note.Length > MaxNoteLength)
        {
            return AcknowledgeViewingAlertResult.Failed($"Keep the note under {MaxNoteLength} characters.");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var alert = await db.ViewingAlerts.SingleOrDefaultAsync(a => a.Id == input.AlertId, cancellationToken);
        if (alert is null)
        {
            return AcknowledgeViewingAlertResult.Failed("That alert no longer exists.");
        }

        if (alert.AcknowledgedAt is not null)
        {
            return AcknowledgeViewingAlertResult.Failed($"{alert.AcknowledgedByName} already acknowledged this alert.");
        }

        var now = clock.GetUtcNow();
        alert.AcknowledgedAt = now;
        alert.AcknowledgedBy = user.UserId();
        alert.AcknowledgedByName = user.DisplayName();
        alert.AcknowledgementNote = note;
        db.AuditEvents.Add(AuditEvents.By(user, "ViewingAlertAcknowledged", nameof(ViewingAlert), alert.Id.ToString(), now, afterJson: JsonSerializer.Serialize(new { Note = note })));
        await db.SaveChangesAsync(cancellationToken);
        return AcknowledgeViewingAlertResult.Done;
    }
}
