using CrmErpPortal.Data.Entities;
using CrmErpPortal.DataQuality;
using CrmErpPortal.Features.Sync.Push;

namespace CrmErpPortal.Features.ChangeRequests;

/// <summary>
/// The rules for a change that brings one system's copy of a shared field into line with the owner's value (the drift
/// report's "propose correction"): the system must hold the customer, take the field, and hold a different value
/// (compared by the same NZ/AU keys the drift job uses, so a formatting difference is "the value it has now").
/// </summary>
public static class SystemCorrection
{
    public static string? Check(ChangeableField field, FieldCheck check, SourceSystem system, SourceLink? link, SourceFieldCopy? copy, string countryCode)
    {
        var name = system == SourceSystem.Crm ? "CRM" : "ERP";
        if (!IsShared(field.Name) || PushFieldMap.Find(system, field.Name) is null)
        {
            return $"Only the fields both systems hold (name, billing address, phone, email, business number) can be corrected in the {name}.";
        }

        if (link is null)
        {
            return $"This customer is not linked to a record in the {name}, so there is nothing to correct there.";
        }

        if (copy is null)
        {
            return $"The portal has not read this customer from the {name} yet; try again after the next sync.";
        }

        if (!check.IsValid)
        {
            return check.Message;
        }

        return Same(field.Name, check.Value, copy, countryCode) ? $"That is the value the {name} has now." : null;
    }

    /// <summary>What the system last said for the field, as it said it.</summary>
    public static string? Held(ChangeableField field, SourceFieldCopy copy) => field.Name switch
    {
        "DisplayName" => copy.Name,
        "BillingAddress" => copy.Address,
        "Phone" => copy.Phone,
        "Email" => copy.Email,
        "BusinessNumber" => copy.BusinessNumber,
        _ => null,
    };

    private static bool IsShared(string fieldName) => fieldName is "DisplayName" or "BillingAddress" or "Phone" or "Email" or "BusinessNumber";

    private static bool Same(string fieldName, string? value, SourceFieldCopy copy, string countryCode) => fieldName switch
    {
        "DisplayName" => SharedFieldKeys.Name(value) == copy.NameKey,
        "Phone" => SharedFieldKeys.Phone(value, countryCode) == copy.PhoneKey,
        "Email" => SharedFieldKeys.Email(value) == copy.EmailKey,
        "BusinessNumber" => SharedFieldKeys.BusinessNumber(value) == copy.BusinessNumberKey,
        "BillingAddress" => SharedFieldKeys.SameAddress(value is null ? null : $"{countryCode}|{value}", copy.AddressKey),
        _ => false,
    };
}
