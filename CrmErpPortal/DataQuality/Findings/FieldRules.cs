using CrmErpPortal.DataQuality.Identifiers;
using CrmErpPortal.DataQuality.Phones;

namespace CrmErpPortal.DataQuality.Findings;

/// <summary>
/// The NZ/AU rules applied to one field as data enters (sync and edit forms). Each returns null when the value is fine
/// or absent: a missing value is not a quality finding.
/// </summary>
public static class FieldRules
{
    public const string TfnDiscardedMessage = "A tax file number was received and discarded";

    public static FieldFinding? Phone(string field, string? value, string? country)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var parsed = PhoneParser.Parse(value, country);
        return parsed.IsValid ? null : new FieldFinding(field, FindingRules.PhoneInvalid, FindingSeverity.Error, parsed.Message!);
    }

    public static FieldFinding? Email(string field, string? value) =>
        string.IsNullOrWhiteSpace(value) || IsEmail(value.Trim())
            ? null
            : new FieldFinding(field, FindingRules.EmailInvalid, FindingSeverity.Error, "Not an email address (name@example.co.nz)");

    public static bool IsEmail(string value) =>
        System.Net.Mail.MailAddress.TryCreate(value, out var address) && address.Address == value && value.Contains('.', StringComparison.Ordinal);

    /// <summary>
    /// Reads a business number by its length and the customer's country: 11 digits an ABN, 13 an NZBN, 9 an ACN in
    /// Australia, 8–9 a GST (IRD) number in New Zealand. Other lengths get the country's main identifier's message.
    /// </summary>
    public static IdentifierCheck CheckBusinessNumber(string value, string? country, bool acceptCompanyAndTaxNumbers = true)
    {
        var digits = value.Count(char.IsAsciiDigit);
        return (country, digits) switch
        {
            (_, 11) => Abn.Validate(value),
            (_, 13) => Nzbn.Validate(value),
            ("NZ", 8 or 9) when acceptCompanyAndTaxNumbers => IrdNumber.Validate(value, label: "GST number"),
            (_, 9) when acceptCompanyAndTaxNumbers => Acn.Validate(value),
            ("NZ", _) => Nzbn.Validate(value),
            _ => Abn.Validate(value),
        };
    }

    public static FieldFinding? BusinessNumber(string field, string? value, string? country)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var check = CheckBusinessNumber(value, country);
        return check.IsValid ? null : new FieldFinding(field, RuleFor(check.Kind), FindingSeverity.Error, check.Message!);
    }

    /// <summary>
    /// A tax file number must be refused (NZAU.md §1.3): anything the TFN guard catches, and — in Australia, where a
    /// tax registration field should hold an ABN — an 8–9 digit number that passes the TFN checksum and is no ACN.
    /// </summary>
    public static bool IsTaxFileNumber(string? value, string fieldLabel, string? country, bool isTaxRegistrationField = false)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        if (TfnGuard.MustRefuse(value, fieldLabel))
        {
            return true;
        }

        if (!isTaxRegistrationField || country == "NZ")
        {
            return false;
        }

        var digits = BusinessNumbers.Digits(value);
        return digits is { Length: 8 or 9 } && TaxFileNumber.HasValidChecksum(digits) && !Acn.HasValidCheckDigit(digits);
    }

    public static FieldFinding TfnDiscarded(string field) =>
        new(field, FindingRules.TfnDiscarded, FindingSeverity.Error, TfnDiscardedMessage);

    private static string RuleFor(IdentifierKind kind) => kind switch
    {
        IdentifierKind.Abn => FindingRules.AbnInvalid,
        IdentifierKind.Acn => FindingRules.AcnInvalid,
        IdentifierKind.Nzbn => FindingRules.NzbnInvalid,
        _ => FindingRules.IrdInvalid,
    };
}
