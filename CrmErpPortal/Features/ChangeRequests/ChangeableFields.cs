using CrmErpPortal.Data.Entities;
using CrmErpPortal.DataQuality.Addresses;
using CrmErpPortal.DataQuality.Findings;
using CrmErpPortal.DataQuality.Identifiers;
using CrmErpPortal.DataQuality.Phones;
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
    /// The value as it will be stored (normalised by the NZ/AU rules, with the customer's country as default region),
    /// or a message for the field. Never echoes what was typed: a refused value may be personal data (NZAU.md §1.3).
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

        if (FieldRules.IsTaxFileNumber(value, field.Label, countryCode, isTaxRegistrationField: field.Name == "BusinessNumber"))
        {
            return FieldCheck.Invalid(TfnGuard.RefusalMessage);
        }

        return field.Name switch
        {
            "Phone" => PhoneParser.Parse(value, countryCode) is var phone && phone.IsValid
                ? FieldCheck.Valid(phone.E164)
                : FieldCheck.Invalid(phone.Message! + "."),
            "Email" => FieldRules.IsEmail(value)
                ? FieldCheck.Valid(value.ToLowerInvariant())
                : FieldCheck.Invalid("Not an email address (name@example.co.nz)."),
            // The golden record holds an ABN or an NZBN; ACNs and GST numbers are not offered here.
            "BusinessNumber" => FieldRules.CheckBusinessNumber(value, countryCode, acceptCompanyAndTaxNumbers: false) is var number && number.IsValid
                ? FieldCheck.Valid(number.Digits)
                : FieldCheck.Invalid(number.Message! + "."),
            "BillingAddress" or "ShippingAddress" => CheckAddress(value, countryCode),
            "CreditLimit" => decimal.TryParse(value.Replace(",", "", StringComparison.Ordinal), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var limit) && limit >= 0
                ? FieldCheck.Valid(limit.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture))
                : FieldCheck.Invalid("A credit limit is an amount of zero or more, e.g. 25000."),
            "Blocked" => value is "None" or "Ship" or "Invoice" or "All"
                ? FieldCheck.Valid(value)
                : FieldCheck.Invalid("One of None, Ship, Invoice or All."),
            _ => FieldCheck.Valid(value),
        };
    }

    /// <summary>An address with errors cannot be sent; warnings are shown and the normalised form is what is stored.</summary>
    private static FieldCheck CheckAddress(string value, string countryCode)
    {
        var address = AddressParser.Parse(new AddressInput(value, Country: countryCode));
        var messages = address.Issues.GroupBy(i => i.Severity).ToDictionary(g => g.Key, g => string.Join("; ", g.Select(AddressRules.StoredMessage).Distinct()) + ".");
        return address.HasErrors
            ? FieldCheck.Invalid(messages[AddressIssueSeverity.Error])
            : FieldCheck.Valid(AddressOneLine.Format(address)) with { Warning = messages.GetValueOrDefault(AddressIssueSeverity.Warning) };
    }
}

public sealed record FieldCheck(bool IsValid, string? Value, string? Message)
{
    /// <summary>Something worth a second look in a value that may still be sent (an address the rules could not fully place).</summary>
    public string? Warning { get; init; }

    public static FieldCheck Valid(string? value) => new(true, value, null);

    public static FieldCheck Invalid(string message) => new(false, null, message);
}
