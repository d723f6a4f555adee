using System.Security.Claims;
using System.Text.Json;
using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.Privacy.Breaches;

public sealed record RecordBreachNotificationInput(int BreachId, BreachRecipient Recipient, DateTimeOffset? SentAt, string? Details);

/// <summary>Records a notice sent about a breach (to whom and when); audited. Returns the problem, or null when recorded.</summary>
public sealed class RecordBreachNotificationCommand(IDbContextFactory<PortalDbContext> contexts, IAuthorizationService authorization, TimeProvider clock)
{
    public async Task<string?> ExecuteAsync(ClaimsPrincipal user, RecordBreachNotificationInput input, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(user, Policies.Privacy)).Succeeded)
        {
            return "Only a privacy officer can record breach notifications.";
        }

        if (input.Details?.Length > BreachRules.TextMaxLength)
        {
            return $"Keep the details under {BreachRules.TextMaxLength} characters.";
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var breach = await db.PrivacyBreaches.SingleOrDefaultAsync(b => b.Id == input.BreachId, cancellationToken);
        if (breach is null)
        {
            return "This breach record no longer exists.";
        }

        var now = clock.GetUtcNow();
        if (BreachRules.ValidateNotification(input.SentAt, breach.BecameAwareAt, now) is { } problem)
        {
            return problem;
        }

        var notification = new BreachNotification
        {
            BreachId = breach.Id, Recipient = input.Recipient, SentAt = input.SentAt!.Value.ToUniversalTime(),
            Details = string.IsNullOrWhiteSpace(input.Details) ? null : input.Details.Trim(), RecordedBy = user.UserId(), RecordedByName = user.DisplayName(),
        };
        db.BreachNotifications.Add(notification);
        db.AuditEvents.Add(AuditEvents.By(user, "BreachNotificationRecorded", nameof(PrivacyBreach), breach.Id.ToString(), now,
            afterJson: JsonSerializer.Serialize(new { Recipient = input.Recipient.ToString(), notification.SentAt, notification.Details })));
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }
}
