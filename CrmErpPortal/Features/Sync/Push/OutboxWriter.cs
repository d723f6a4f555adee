using CrmErpPortal.Data.Entities;
using CrmErpPortal.Data.Outbox;

namespace CrmErpPortal.Features.Sync.Push;

/// <summary>
/// Turns an approved change request into outbox messages: one per target system and record, with the fields that
/// system can take. The caller adds them to the context that records the approval, so both commit together.
/// </summary>
public static class OutboxWriter
{
    public const string UpdateCrmAccount = "UpdateCrmAccount";
    public const string UpdateErpCustomer = "UpdateErpCustomer";

    /// <summary>A Dataverse quotedetail's price; written by a stuck conversion's price fix, not by a change request.</summary>
    public const string UpdateCrmQuoteLine = "UpdateCrmQuoteLine";

    /// <summary>Link the customer to an existing ERP customer (the change request field's target is its id, its value its number).</summary>
    public const string LinkErpCustomer = "LinkErpCustomer";

    /// <summary>Create the ERP customer under the number in the field's value (found by that number first), then link it.</summary>
    public const string CreateErpCustomer = "CreateErpCustomer";

    /// <summary>The change request fields that are whole-record operations rather than field writes.</summary>
    public const string ErpCustomerLinkField = "ErpCustomerLink";
    public const string ErpCustomerCreateField = "ErpCustomerCreate";

    /// <summary>The messages, and the fields no system takes (they are the portal's own and apply to the hub at once).</summary>
    public static (IReadOnlyList<OutboxMessage> Messages, IReadOnlyList<ChangeRequestField> PortalOnly) For(
        ChangeRequest request, Customer customer, IReadOnlyList<SourceLink> links, DateTimeOffset now)
    {
        var targets = new Dictionary<(SourceSystem System, string ExternalId), (string? BasedOn, List<OutboxFieldChange> Fields)>();
        var portalOnly = new List<ChangeRequestField>();
        var operations = new List<OutboxMessage>();
        foreach (var field in request.Fields)
        {
            if (field.FieldName is ErpCustomerLinkField or ErpCustomerCreateField)
            {
                operations.Add(ErpCustomerMessage(request, customer, field, now));
                continue;
            }

            var pushed = false;
            foreach (var system in SystemsFor(field, links))
            {
                if (PushFieldMap.Find(system, field.FieldName) is null)
                {
                    continue;
                }

                var externalId = field.TargetExternalId
                    ?? links.FirstOrDefault(l => l.System == system && !l.IsDeletedAtSource && l.MergedFromCustomerId is null)?.ExternalId;
                if (externalId is null)
                {
                    continue;
                }

                var key = (system, externalId);
                if (!targets.TryGetValue(key, out var target))
                {
                    target = (BasedOn(field, system), []);
                    targets[key] = target;
                }

                target.Fields.Add(new OutboxFieldChange(field.FieldName, field.OldValue, field.NewValue));
                pushed = true;
            }

            if (!pushed)
            {
                portalOnly.Add(field);
            }
        }

        var messages = targets.Select(t => new OutboxMessage
        {
            ChangeRequestId = request.Id,
            TargetSystem = t.Key.System,
            ExternalId = t.Key.ExternalId,
            Operation = t.Key.System == SourceSystem.Crm ? UpdateCrmAccount : UpdateErpCustomer,
            PayloadJson = new OutboxPayload(customer.Id, customer.CountryCode, t.Value.BasedOn, t.Value.Fields).ToJson(),
            IdempotencyKey = $"cr:{request.Id:N}:{t.Key.System}:{t.Key.ExternalId}",
            Status = OutboxStatus.Pending,
            NextAttemptAt = now,
            CreatedAt = now,
        }).Concat(operations).ToList();
        return (messages, portalOnly);
    }

    private static OutboxMessage ErpCustomerMessage(ChangeRequest request, Customer customer, ChangeRequestField field, DateTimeOffset now)
    {
        var link = field.FieldName == ErpCustomerLinkField;
        return new OutboxMessage
        {
            ChangeRequestId = request.Id,
            TargetSystem = SourceSystem.Erp,
            // A create names the number until the ERP has given the customer an id (the sender then records the id).
            ExternalId = link ? field.TargetExternalId! : field.NewValue!,
            Operation = link ? LinkErpCustomer : CreateErpCustomer,
            PayloadJson = new OutboxPayload(customer.Id, customer.CountryCode, null, [new OutboxFieldChange(field.FieldName, null, field.NewValue)]).ToJson(),
            IdempotencyKey = $"cr:{request.Id:N}:{(link ? LinkErpCustomer : CreateErpCustomer)}",
            Status = OutboxStatus.Pending,
            NextAttemptAt = now,
            CreatedAt = now,
        };
    }

    /// <summary>
    /// The owner system(s) by the ownership rules; a CRM-owned field of a customer only the ERP knows goes to the ERP,
    /// which is then its only record (a hub-only value would be overwritten by the next ERP pull).
    /// </summary>
    private static IEnumerable<SourceSystem> SystemsFor(ChangeRequestField field, IReadOnlyList<SourceLink> links)
    {
        switch (field.TargetSystem)
        {
            case ChangeTarget.Erp:
                return [SourceSystem.Erp];
            case ChangeTarget.Both:
                return [SourceSystem.Crm, SourceSystem.Erp];
        }

        var crmLinked = field.TargetExternalId is not null || links.Any(l => l.System == SourceSystem.Crm && !l.IsDeletedAtSource && l.MergedFromCustomerId is null);
        return crmLinked ? [SourceSystem.Crm] : [SourceSystem.Erp];
    }

    private static string? BasedOn(ChangeRequestField field, SourceSystem system) =>
        field.TargetSystem == ChangeTarget.Both && system == SourceSystem.Erp ? field.BasedOnErpEtag : field.BasedOnEtag;
}
