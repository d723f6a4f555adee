using CrmErpPortal.Data.Entities;
using CrmErpPortal.Security;

namespace CrmErpPortal.Features.Duplicates.Merge;

/// <summary>
/// What the merge asks of the CRM and the ERP, written as change requests (source Merge) submitted for approval: a
/// second person approves them and the outbox pushes them. Nothing is sent from here. Writes to the merged duplicate's
/// own records name that record (TargetExternalId). Contacts of a deactivated CRM account are not re-pointed in the CRM
/// (the hub moved them to the survivor); that needs a multi-record push the outbox does not do yet.
/// </summary>
public static class MergeSystemEffects
{
    public static IReadOnlyList<ChangeRequest> For(
        Customer survivor, IReadOnlyList<SourceLink> survivorLinks, Customer merged, IReadOnlyList<SourceLink> mergedLinks,
        IReadOnlyList<(MergeField Field, string? Before, string? After)> takenFromMerged, string requestedBy, DateTimeOffset now)
    {
        var requests = new List<ChangeRequest>();
        var survivorCrm = survivorLinks.FirstOrDefault(l => l.System == SourceSystem.Crm && !l.IsDeletedAtSource);
        var survivorErp = survivorLinks.FirstOrDefault(l => l.System == SourceSystem.Erp && !l.IsDeletedAtSource);
        foreach (var crm in mergedLinks.Where(l => l.System == SourceSystem.Crm && !l.IsDeletedAtSource))
        {
            var request = New(survivor.Id, $"Merge: the CRM account {crm.ExternalId} is a duplicate of this customer.", Roles.DataSteward, requestedBy, now);
            request.Fields.Add(Field("crm.account.statecode", "Active", "Inactive", ChangeTarget.Crm, crm.SourceEtag, crm.ExternalId));

            requests.Add(request);
        }

        foreach (var erp in mergedLinks.Where(l => l.System == SourceSystem.Erp && !l.IsDeletedAtSource))
        {
            if (survivorErp is null && survivorCrm is not null)
            {
                var link = New(survivor.Id, $"Merge: link the ERP customer {erp.ExternalNumber ?? erp.ExternalId} to the surviving CRM account.", Roles.DataSteward, requestedBy, now);
                link.Fields.Add(Field("crm.account.accountnumber", survivorCrm.ExternalNumber, erp.ExternalNumber ?? erp.ExternalId, ChangeTarget.Crm, survivorCrm.SourceEtag, survivorCrm.ExternalId));
                requests.Add(link);
            }
            else if (survivorErp is not null)
            {
                var block = New(survivor.Id, $"Merge: the ERP customer {erp.ExternalNumber ?? erp.ExternalId} duplicates {survivorErp.ExternalNumber ?? survivorErp.ExternalId}; block it for new business.", Roles.CreditController, requestedBy, now);
                block.Fields.Add(Field("Blocked", "None", "All", ChangeTarget.Erp, erp.SourceEtag, erp.ExternalId));
                requests.Add(block);
            }
        }

        if (takenFromMerged.Count > 0)
        {
            var fields = New(survivor.Id, "Merge: values kept from the merged duplicate.", Roles.DataSteward, requestedBy, now);
            foreach (var (field, before, after) in takenFromMerged)
            {
                var target = field.Owner switch { FieldOwner.Erp => ChangeTarget.Erp, FieldOwner.Crm => ChangeTarget.Crm, _ => ChangeTarget.Both };
                fields.Fields.Add(Field(field.Name, before, after, target, target == ChangeTarget.Erp ? survivorErp?.SourceEtag : survivorCrm?.SourceEtag));
            }

            requests.Add(fields);
        }

        return requests;
    }

    private static ChangeRequest New(Guid customerId, string reason, string approverRole, string requestedBy, DateTimeOffset now) => new()
    {
        CustomerId = customerId,
        Status = ChangeRequestStatus.Pending,
        SubmittedAt = now,
        Source = ChangeSource.Merge,
        Reason = reason,
        RequiredApproverRole = approverRole,
        RequestedBy = requestedBy,
        RequestedAt = now,
    };

    private static ChangeRequestField Field(string name, string? oldValue, string? newValue, ChangeTarget target, string? etag, string? targetExternalId = null) => new()
    {
        TargetExternalId = targetExternalId,
        FieldName = name,
        OldValue = oldValue,
        NewValue = newValue,
        TargetSystem = target,
        BasedOnEtag = etag,
    };
}
