using System.Security.Claims;
using System.Text.Json;
using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Security;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.ChangeRequests;

public sealed record FieldChangeInput(string FieldName, string? NewValue);

/// <param name="Submit">Send it for approval at once (Pending) rather than keep it as a Draft.</param>
/// <param name="Correcting">
/// Bring one system's copy of shared fields into line (the drift report's correction): each field then targets only
/// that system, and its old value is what that system last said (its <see cref="SourceFieldCopy"/>), not the hub's.
/// </param>
public sealed record DraftChangeRequestInput(
    Guid CustomerId, IReadOnlyList<FieldChangeInput> Changes, string Reason, ChangeSource Source = ChangeSource.Customer360, bool Submit = false,
    SourceSystem? Correcting = null);

/// <summary>Either the saved draft's id, or messages per field (key "" for the request as a whole); nothing is saved then.</summary>
public sealed record DraftChangeRequestResult(Guid? ChangeRequestId, IReadOnlyDictionary<string, string> Errors)
{
    public bool Saved => ChangeRequestId is not null;
}

/// <summary>
/// Saves a proposed change as a Draft change request: per field the value the hub holds now, the new value (validated
/// and normalised by the NZ/AU rules), the target system by ownership, and the etag of the source record it was based
/// on, so a later push can tell whether the data moved. The request and its audit event are one transaction.
/// </summary>
public sealed class DraftChangeRequestCommand(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock)
{
    public const int ReasonMaxLength = 1000;

    public async Task<DraftChangeRequestResult> ExecuteAsync(DraftChangeRequestInput input, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var customer = await db.Customers.AsNoTracking().Include(c => c.SourceLinks).SingleOrDefaultAsync(c => c.Id == input.CustomerId, cancellationToken);
        var erpLink = customer?.SourceLinks.FirstOrDefault(l => l.System == SourceSystem.Erp && !l.IsDeletedAtSource && l.MergedFromCustomerId is null);
        var profile = erpLink is null ? null : await db.CreditProfiles.AsNoTracking().SingleOrDefaultAsync(p => p.ErpCustomerId == erpLink.ExternalId, cancellationToken);
        var corrected = input.Correcting is { } correcting
            ? customer?.SourceLinks.FirstOrDefault(l => l.System == correcting && !l.IsDeletedAtSource && l.MergedFromCustomerId is null)
            : null;
        var copy = corrected is null ? null : await db.SourceFieldCopies.AsNoTracking().SingleOrDefaultAsync(c => c.SourceLinkId == corrected.Id, cancellationToken);
        var errors = new Dictionary<string, string>();
        if (customer is null || customer.Status == CustomerStatus.Merged)
        {
            errors[""] = "This customer no longer exists or was merged into another record; open the surviving record and request the change there.";
            return new DraftChangeRequestResult(null, errors);
        }

        var reason = input.Reason.Trim();
        if (reason.Length == 0)
        {
            errors["Reason"] = "Say why, so the approver can decide (e.g. \"customer emailed their new address\").";
        }
        else if (reason.Length > ReasonMaxLength)
        {
            errors["Reason"] = $"At most {ReasonMaxLength} characters.";
        }

        var fields = new List<ChangeRequestField>();
        foreach (var change in input.Changes)
        {
            if (ChangeableFields.Find(change.FieldName) is not { } field)
            {
                errors[change.FieldName] = "This field cannot be changed by a request.";
                continue;
            }

            var check = ChangeableFields.Check(field, change.NewValue, customer.CountryCode);
            if (input.Correcting is { } system)
            {
                if (SystemCorrection.Check(field, check, system, corrected, copy, customer.CountryCode) is { } error)
                {
                    errors[field.Name] = error;
                }
                else
                {
                    var target = system == SourceSystem.Erp ? ChangeTarget.Erp : ChangeTarget.Crm;
                    fields.Add(new ChangeRequestField
                    {
                        FieldName = field.Name,
                        OldValue = SystemCorrection.Held(field, copy!),
                        NewValue = check.Value,
                        TargetSystem = target,
                        BasedOnEtag = corrected!.SourceEtag,
                    });
                }

                continue;
            }

            var current = CurrentValue(customer, profile, field.Name);
            if (field.Target == ChangeTarget.Erp && erpLink is null)
            {
                errors[field.Name] = "This customer is not linked to an ERP customer yet, so there is nothing to change there.";
            }
            else if (!check.IsValid)
            {
                errors[field.Name] = check.Message!;
            }
            else if (string.Equals(check.Value ?? string.Empty, current ?? string.Empty, StringComparison.Ordinal))
            {
                errors[field.Name] = "That is the value it has now.";
            }
            else
            {
                fields.Add(new ChangeRequestField
                {
                    FieldName = field.Name,
                    OldValue = current,
                    NewValue = check.Value,
                    TargetSystem = field.Target,
                    BasedOnEtag = BasedOn(customer, field.Target),
                    BasedOnErpEtag = field.Target == ChangeTarget.Both ? erpLink?.SourceEtag : null,
                });
            }
        }

        if (input.Changes.Count == 0)
        {
            errors[""] = "Choose at least one field to change.";
        }

        if (errors.Count > 0)
        {
            return new DraftChangeRequestResult(null, errors);
        }

        var now = clock.GetUtcNow();
        var request = new ChangeRequest
        {
            CustomerId = customer.Id,
            Status = input.Submit ? ChangeRequestStatus.Pending : ChangeRequestStatus.Draft,
            SubmittedAt = input.Submit ? now : null,
            Reason = reason,
            Source = input.Source,
            RequiredApproverRole = fields.Select(f => ChangeableFields.Find(f.FieldName)!.ApproverRole).Contains(Roles.CreditController) ? Roles.CreditController : Roles.DataSteward,
            RequestedBy = user.UserId(),
            RequestedByName = user.DisplayName(),
            RequestedAt = now,
        };
        request.Fields.AddRange(fields);
        db.ChangeRequests.Add(request);
        // Field names only: the values are personal data and live in the request itself.
        db.AuditEvents.Add(AuditEvents.By(user, input.Submit ? "ChangeRequestSubmitted" : "ChangeRequestDrafted", "Customer", customer.Id.ToString(), now,
            afterJson: JsonSerializer.Serialize(new { ChangeRequestId = request.Id, Fields = fields.Select(f => f.FieldName) })));
        await db.SaveChangesAsync(cancellationToken);
        return new DraftChangeRequestResult(request.Id, errors);
    }

    public static string? CurrentValue(Customer customer, CreditProfile? profile, string fieldName) => fieldName switch
    {
        "CreditLimit" => profile?.CreditLimit.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
        "PaymentTerms" => profile?.PaymentTermsCode,
        "Blocked" => profile?.Blocked.ToString(),
        "DisplayName" => customer.DisplayName,
        "LegalName" => customer.LegalName,
        "BusinessNumber" => customer.BusinessNumber,
        "BillingAddress" => customer.BillingAddress?.OneLine(),
        "ShippingAddress" => customer.ShippingAddress?.OneLine(),
        "Phone" => customer.PhoneE164,
        "Email" => customer.Email,
        "Segment" => customer.Segment,
        "Owner" => customer.OwnerName,
        _ => null,
    };

    private static string? BasedOn(Customer customer, ChangeTarget target)
    {
        var system = target == ChangeTarget.Erp ? SourceSystem.Erp : SourceSystem.Crm;
        return customer.SourceLinks.FirstOrDefault(l => l.System == system && !l.IsDeletedAtSource && l.MergedFromCustomerId is null)?.SourceEtag;
    }
}
