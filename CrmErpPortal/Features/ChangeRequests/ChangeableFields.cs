using CrmErpPortal.Data.Entities;
using CrmErpPortal.DataQuality;
using CrmErpPortal.Security;

namespace CrmErpPortal.Features.ChangeRequests;

/// <summary>One customer field a change can be requested on: where it is pushed and who must approve it.</summary>
public sealed record ChangeableField(string Name, string Label, ChangeTarget Target, string ApproverRole, int MaxLength);

/// <summary>
/// The ownership rules of ARCHITECTURE.md as data: CRM-owned fields go to the CRM, name and addresses also to the ERP
/// (it receives them), ERP financial fields need a credit controller. Keys and links are not requestable here.
/// </summary>
public static class ChangeableFields
{
    public static readonly IReadOnlyList<ChangeableField> All =
    [
        new("DisplayName", "Name", ChangeTarget.Both, Roles.DataSteward, 160),
        new("LegalName", "Legal name", ChangeTarget.Both, Roles.DataSteward, 160),
        new("BusinessNumber", "Business number", ChangeTarget.Both, Roles.DataSteward, 20),
        new("BillingAddress", "Billing address", ChangeTarget.Both, Roles.DataSteward, 300),
        new("ShippingAddress", "Shipping address", ChangeTarget.Both, Roles.DataSteward, 300),
        new("Phone", "Phone", ChangeTarget.Crm, Roles.DataSteward, 40),
        new("Email", "Email", ChangeTarget.Crm, Roles.DataSteward, 200),
        new("Segment", "Segment", ChangeTarget.Crm, Roles.DataSteward, 60),
        new("Owner", "Owner", ChangeTarget.Crm, Roles.DataSteward, 120),
        new("CreditLimit", "Credit limit", ChangeTarget.Erp, Roles.CreditController, 20),
        new("PaymentTerms", "Payment terms", ChangeTarget.Erp, Roles.CreditController, 20),
        new("Blocked", "Blocked status", ChangeTarget.Erp, Roles.CreditController, 10),
    ];

    public static ChangeableField? Find(string name) => All.FirstOrDefault(f => f.Name == name);

    /// <summary>
    /// The value as it will be stored, or a message for the field. Never echoes what was typed: a refused value may be
    /// personal data (NZAU.md §1.3).
    /// </summary>
    public static FieldCheck Check(ChangeableField field, string? input, string countryCode)
    {
        var value = input?.Trim() ?? string.Empty;
        if (value.Length == 0)
        {
            return field.Name is "DisplayName" ? FieldCheck.Invalid("A customer needs a name.") : FieldCheck.Valid(null);
        }

        if (value.Length > field.MaxLength)
        {
            return FieldCheck.Invalid($"At most {field.MaxLength} characters.");
        }

        return field.Name switch
        {
            "Phone" => PhoneNormalizer.ToE164(value, countryCode) is { } e164
                ? FieldCheck.Valid(e164)
                : FieldCheck.Invalid($"Not a valid {(countryCode == "AU" ? "Australian" : "New Zealand")} phone number; include the area code, or +61 / +64 for another country."),
            "Email" => System.Net.Mail.MailAddress.TryCreate(value, out var address) && address.Address == value && value.Contains('.', StringComparison.Ordinal)
                ? FieldCheck.Valid(value.ToLowerInvariant())
                : FieldCheck.Invalid("Not an email address (name@example.co.nz)."),
            "BusinessNumber" => BusinessNumbers.Classify(value) switch
            {
                (null, _) => FieldCheck.Invalid("Only digits, spaces and hyphens: an ABN has 11 digits, an NZBN 13."),
                (_, BusinessNumberType.Abn or BusinessNumberType.Nzbn) and var (digits, _) => FieldCheck.Valid(digits),
                _ => FieldCheck.Invalid("Not a valid ABN (11 digits) or NZBN (13 digits starting 94): the check digits do not match."),
            },
            "CreditLimit" => decimal.TryParse(value.Replace(",", "", StringComparison.Ordinal), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var limit) && limit >= 0
                ? FieldCheck.Valid(limit.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture))
                : FieldCheck.Invalid("A credit limit is an amount of zero or more, e.g. 25000."),
            "Blocked" => value is "None" or "Ship" or "Invoice" or "All"
                ? FieldCheck.Valid(value)
                : FieldCheck.Invalid("One of None, Ship, Invoice or All."),
            _ => FieldCheck.Valid(value),
        };
    }
}

public sealed record FieldCheck(bool IsValid, string? Value, string? Message)
{
    public static FieldCheck Valid(string? value) => new(true, value, null);

    public static FieldCheck Invalid(string message) => new(false, null, message);
}
