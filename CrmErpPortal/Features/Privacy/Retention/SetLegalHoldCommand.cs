using System.Security.Claims;
using System.Text.Json;
using CrmErpPortal.Data;
using CrmErpPortal.Security;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.Privacy.Retention;

/// <param name="ContactId">Set to hold one contact; null holds the customer and, with it, all its contacts.</param>
public sealed record LegalHoldInput(Guid CustomerId, Guid? ContactId, bool Hold, string Reason);

/// <summary>
/// A privacy officer places or lifts a legal hold: a held record is never proposed or purged, whatever the rules say.
/// The reason is required both ways and audited (it names a matter, not the person's data).
/// </summary>
public sealed class SetLegalHoldCommand(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock)
{
    public const int ReasonMaxLength = 500;

    /// <summary>Null when done; otherwise a message for the reason field or the record.</summary>
    public async Task<string?> ExecuteAsync(LegalHoldInput input, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!DecideRetentionCommand.IsPrivacyOfficer(user))
        {
            return "Only a privacy officer can place or lift a legal hold.";
        }

        var reason = input.Reason.Trim();
        if (reason.Length == 0)
        {
            return input.Hold ? "Say why the record is held (e.g. the matter or inquiry)." : "Say why the hold is lifted.";
        }

        if (reason.Length > ReasonMaxLength)
        {
            return $"At most {ReasonMaxLength} characters.";
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        string entity;
        if (input.ContactId is { } contactId)
        {
            var contact = await db.Contacts.SingleOrDefaultAsync(c => c.Id == contactId && c.CustomerId == input.CustomerId, cancellationToken);
            if (contact is null || contact.DeidentifiedAt is not null)
            {
                return contact is null ? "This contact no longer exists." : "This contact was already de-identified.";
            }

            (contact.LegalHold, contact.LegalHoldReason) = (input.Hold, input.Hold ? reason : null);
            entity = "Contact";
        }
        else
        {
            var customer = await db.Customers.SingleOrDefaultAsync(c => c.Id == input.CustomerId, cancellationToken);
            if (customer is null || customer.DeidentifiedAt is not null)
            {
                return customer is null ? "This customer no longer exists." : "This customer was already de-identified.";
            }

            (customer.LegalHold, customer.LegalHoldReason) = (input.Hold, input.Hold ? reason : null);
            entity = "Customer";
        }

        db.AuditEvents.Add(AuditEvents.By(user, input.Hold ? "LegalHoldPlaced" : "LegalHoldLifted", entity, (input.ContactId ?? input.CustomerId).ToString(), now,
            afterJson: JsonSerializer.Serialize(new { Reason = reason })));
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }
}
