using System.Security.Claims;
using System.Text.Json;
using CrmErpPortal.Data;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.Features.Sync.Push;
using CrmErpPortal.Integration;
using CrmErpPortal.Security;
using Microsoft.EntityFrameworkCore;

namespace CrmErpPortal.Features.Conversions.ErpCustomers;

public enum ErpCustomerFix
{
    Link,
    Create,
}

/// <param name="ErpCustomerId">For a link: the ERP customer chosen.</param>
/// <param name="Number">For a create: the number the new ERP customer gets (its natural key).</param>
public sealed record RequestErpCustomerInput(Guid CustomerId, ErpCustomerFix Fix, string Reason, Guid? ErpCustomerId = null, string? Number = null);

public sealed record RequestErpCustomerResult(Guid? ChangeRequestId, string? Error)
{
    public bool Submitted => Error is null;
}

/// <summary>
/// The queue's fix for "no ERP customer": a change request (four-eyes, like every change that reaches a system) to link
/// the customer to an existing ERP customer, or to create one. A link is a data steward's decision; creating an ERP
/// customer opens a financial account, so a credit controller decides it. On approval the outbox sends it: a link checks
/// the ERP customer still exists, a create looks the number up before creating; either way the hub then links it.
/// </summary>
public sealed class RequestErpCustomerCommand(IDbContextFactory<PortalDbContext> contexts, IErpConnector erp, TimeProvider clock)
{
    public const int ReasonMaxLength = 1000;

    public async Task<RequestErpCustomerResult> ExecuteAsync(RequestErpCustomerInput input, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!Policies.RolesByPolicy[Policies.Conversions].Any(user.IsInRole))
        {
            return new(null, "Only data stewards and credit controllers working the queue can request ERP customer fixes.");
        }

        if (string.IsNullOrWhiteSpace(input.Reason) || input.Reason.Trim().Length > ReasonMaxLength)
        {
            return new(null, $"Say why (at most {ReasonMaxLength} characters), so the approver can decide.");
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var customer = await db.Customers.AsNoTracking().SingleOrDefaultAsync(c => c.Id == input.CustomerId, cancellationToken);
        if (customer is null || customer.Status == CustomerStatus.Merged)
        {
            return new(null, "This customer is no longer in the portal (or was merged into another record).");
        }

        if (await db.SourceLinks.AnyAsync(l => l.CustomerId == customer.Id && l.System == SourceSystem.Erp && !l.IsDeletedAtSource && l.MergedFromCustomerId == null, cancellationToken))
        {
            return new(null, "This customer is already linked to an ERP customer: Retry the conversion.");
        }

        var open = await db.ChangeRequestFields.AsNoTracking()
            .Where(f => f.FieldName == OutboxWriter.ErpCustomerLinkField || f.FieldName == OutboxWriter.ErpCustomerCreateField)
            .Join(db.ChangeRequests, f => f.ChangeRequestId, r => r.Id, (f, r) => r)
            .AnyAsync(r => r.CustomerId == customer.Id && (r.Status == ChangeRequestStatus.Pending || r.Status == ChangeRequestStatus.Approved || r.Status == ChangeRequestStatus.Pushing), cancellationToken);
        if (open)
        {
            return new(null, "An ERP customer link or creation for this customer is already waiting; see My requests.");
        }

        var field = input.Fix == ErpCustomerFix.Link
            ? await LinkFieldAsync(db, customer, input.ErpCustomerId, cancellationToken)
            : await CreateFieldAsync(db, input.Number, cancellationToken);
        if (field.Error is not null)
        {
            return new(null, field.Error);
        }

        var now = clock.GetUtcNow();
        var request = new ChangeRequest
        {
            CustomerId = customer.Id,
            Status = ChangeRequestStatus.Pending,
            Reason = input.Reason.Trim(),
            Source = ChangeSource.Conversion,
            RequiredApproverRole = input.Fix == ErpCustomerFix.Link ? Roles.DataSteward : Roles.CreditController,
            RequestedBy = user.UserId(),
            RequestedByName = user.DisplayName(),
            RequestedAt = now,
            SubmittedAt = now,
        };
        request.Fields.Add(field.Field!);
        db.ChangeRequests.Add(request);
        db.AuditEvents.Add(AuditEvents.By(user, input.Fix == ErpCustomerFix.Link ? "ErpCustomerLinkRequested" : "ErpCustomerCreateRequested", nameof(ChangeRequest),
            request.Id.ToString(), now, afterJson: JsonSerializer.Serialize(new { request.CustomerId, ErpCustomerId = field.Field!.TargetExternalId, Number = field.Field.NewValue })));
        await db.SaveChangesAsync(cancellationToken);
        return new(request.Id, null);
    }

    private async Task<(ChangeRequestField? Field, string? Error)> LinkFieldAsync(PortalDbContext db, Customer customer, Guid? erpCustomerId, CancellationToken cancellationToken)
    {
        if (erpCustomerId is not { } id || await erp.ReadCustomerFieldsAsync(id, cancellationToken) is not { } snapshot)
        {
            return (null, "Choose an ERP customer that exists in the ERP.");
        }

        var holder = await db.SourceLinks.AsNoTracking()
            .Where(l => l.System == SourceSystem.Erp && l.ExternalId == id.ToString() && l.CustomerId != customer.Id)
            .Select(l => new { l.CustomerId, HasCrm = db.SourceLinks.Any(o => o.CustomerId == l.CustomerId && o.System == SourceSystem.Crm && !o.IsDeletedAtSource) })
            .FirstOrDefaultAsync(cancellationToken);
        if (holder is { HasCrm: true })
        {
            return (null, "That ERP customer already belongs to another CRM account in the portal; if they are the same business, merge the pair in Duplicates.");
        }

        return (new ChangeRequestField
        {
            FieldName = OutboxWriter.ErpCustomerLinkField, NewValue = snapshot["number"], TargetSystem = ChangeTarget.Erp, TargetExternalId = id.ToString(), BasedOnEtag = snapshot.Etag,
        }, null);
    }

    private async Task<(ChangeRequestField? Field, string? Error)> CreateFieldAsync(PortalDbContext db, string? number, CancellationToken cancellationToken)
    {
        number = number?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(number) || number.Length > 20 || !number.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.'))
        {
            return (null, "Give the new customer's number: up to 20 letters, digits, '-' or '.'.");
        }

        if (await erp.FindCustomerByNumberAsync(number, cancellationToken) is { } existing)
        {
            return (null, $"The ERP already has customer {existing.Number} ({existing.DisplayName}): link to it instead.");
        }

        if (await db.SourceLinks.AnyAsync(l => l.System == SourceSystem.Erp && l.ExternalNumber == number && !l.IsDeletedAtSource, cancellationToken))
        {
            return (null, $"The portal already knows an ERP customer {number}: link to it instead.");
        }

        return (new ChangeRequestField { FieldName = OutboxWriter.ErpCustomerCreateField, NewValue = number, TargetSystem = ChangeTarget.Erp }, null);
    }
}
