using System.Security.Claims;
using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.ChangeRequests;
using CrmErpPortal.Security;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.Privacy.Corrections;

public sealed record LogCorrectionInput(Guid CustomerId, string FieldName, string? ValueSought, string PersonName, string PersonReason);

/// <summary>The correction's id, or messages per field ("" for the request as a whole); nothing is saved then.</summary>
public sealed record LogCorrectionResult(Guid? CorrectionId, Guid? ChangeRequestId, IReadOnlyDictionary<string, string> Errors)
{
    public bool Saved => CorrectionId is not null;
}

/// <summary>
/// A privacy officer logs a person's request to correct their data (NZ IPP 7, AU APP 13). It becomes a submitted
/// change request through the approvals flow (validated by the NZ/AU field rules, decided by someone else — four
/// eyes — and pushed to the owning system through the outbox); if the approver refuses it, the approvals flow keeps
/// the person's statement with the record (<see cref="Data.Privacy.CorrectionRefusals"/>).
/// </summary>
public sealed class LogCorrectionCommand(IDbContextFactory<PortalDbContext> contexts, DraftChangeRequestCommand drafts, SubmitChangeRequestCommand submits, TimeProvider clock)
{
    public const int PersonNameMaxLength = 200;
    public const int PersonReasonMaxLength = 700;

    /// <summary>The fields of a person's record a correction can be asked for (the ones that hold their personal data).</summary>
    public static readonly IReadOnlyList<ChangeableField> Fields =
        [.. new[] { "DisplayName", "LegalName", "BusinessNumber", "BillingAddress", "ShippingAddress", "Phone", "Email" }.Select(n => ChangeableFields.Find(n)!)];

    public async Task<LogCorrectionResult> ExecuteAsync(LogCorrectionInput input, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>();
        if (!Policies.RolesByPolicy[Policies.Privacy].Any(user.IsInRole))
        {
            errors[""] = "Only a privacy officer can log a correction request.";
            return new LogCorrectionResult(null, null, errors);
        }

        var person = input.PersonName.Trim();
        var reason = input.PersonReason.Trim();
        if (Fields.All(f => f.Name != input.FieldName))
        {
            errors["FieldName"] = "Choose the field the person wants corrected.";
        }

        if (person.Length is 0 or > PersonNameMaxLength)
        {
            errors["PersonName"] = person.Length == 0 ? "Who asked for the correction?" : $"At most {PersonNameMaxLength} characters.";
        }

        if (reason.Length is 0 or > PersonReasonMaxLength)
        {
            errors["PersonReason"] = reason.Length == 0 ? "Give the person's reason, in their words." : $"At most {PersonReasonMaxLength} characters.";
        }

        if (errors.Count > 0)
        {
            return new LogCorrectionResult(null, null, errors);
        }

        var draft = await drafts.ExecuteAsync(
            new DraftChangeRequestInput(input.CustomerId, [new FieldChangeInput(input.FieldName, input.ValueSought)],
                $"Privacy correction request (NZ IPP 7 / AU APP 13) from {person}: {reason}", ChangeSource.Privacy, Submit: true),
            user, cancellationToken);
        if (!draft.Saved)
        {
            // The field's message is about the value sought.
            return new LogCorrectionResult(null, null, draft.Errors.ToDictionary(e => e.Key == input.FieldName ? "ValueSought" : e.Key, e => e.Value));
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var sought = await db.ChangeRequestFields.AsNoTracking().Where(f => f.ChangeRequestId == draft.ChangeRequestId).Select(f => f.NewValue).SingleAsync(cancellationToken);
        var correction = new CorrectionRequest
        {
            CustomerId = input.CustomerId,
            ChangeRequestId = draft.ChangeRequestId!.Value,
            FieldName = input.FieldName,
            ValueSought = sought,
            PersonName = person,
            PersonReason = reason,
            LoggedBy = user.UserId(),
            LoggedByName = user.DisplayName(),
            LoggedAt = clock.GetUtcNow(),
        };
        db.CorrectionRequests.Add(correction);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The change request must not wait for a decision with no correction behind it.
            await submits.WithdrawAsync(draft.ChangeRequestId.Value, user, CancellationToken.None);
            throw;
        }

        return new LogCorrectionResult(correction.Id, draft.ChangeRequestId, errors);
    }
}
