using CrmErpPortal.DataQuality.Addresses;
using CrmErpPortal.DataQuality.Findings;
using CrmErpPortal.Integration;

namespace CrmErpPortal.Features.Sync.Pull;

/// <summary>A source record with any tax file number taken out, and a finding for each field it was taken from.</summary>
public sealed record CheckedRecord<T>(T Clean, IReadOnlyList<FieldFinding> Findings);

/// <summary>
/// The data-quality rules as records enter from a source (issue 5): findings are recorded, source values are kept as
/// sent — except a tax file number, which is never stored (NZAU.md §1.3) and is replaced by null and a finding.
/// Refusal runs on every row; the other rules only on rows that changed, so an unchanged page stays cheap.
/// </summary>
public static class SourceRecordChecks
{
    public const string NameWithheld = "Name withheld";

    public static CheckedRecord<CrmAccount> Account(CrmAccount account, string country)
    {
        var findings = new List<FieldFinding>();
        var clean = account with
        {
            Name = Keep(account.Name, "DisplayName", "Name", country, findings) ?? NameWithheld,
            AccountNumber = Keep(account.AccountNumber, "AccountNumber", "Account number", country, findings),
            BusinessNumber = Keep(account.BusinessNumber, "BusinessNumber", "Business number", country, findings),
            Phone = Keep(account.Phone, "Phone", "Phone", country, findings),
            Email = Keep(account.Email, "Email", "Email", country, findings),
            Website = Keep(account.Website, "Website", "Website", country, findings),
            Address = Keep(account.Address, "BillingAddress", country, findings),
        };
        return new(clean, findings);
    }

    public static IReadOnlyList<FieldFinding> Findings(CrmAccount clean, string country) =>
        Rules(clean.Phone, clean.Email, clean.BusinessNumber, clean.Address, country);

    public static CheckedRecord<ErpCustomer> Customer(ErpCustomer customer, string country)
    {
        var findings = new List<FieldFinding>();
        var taxNumber = customer.TaxRegistrationNumber;
        if (FieldRules.IsTaxFileNumber(taxNumber, "Tax registration number", country, isTaxRegistrationField: true))
        {
            findings.Add(FieldRules.TfnDiscarded("BusinessNumber"));
            taxNumber = null;
        }

        var clean = customer with
        {
            DisplayName = Keep(customer.DisplayName, "DisplayName", "Name", country, findings) ?? NameWithheld,
            TaxRegistrationNumber = taxNumber,
            Phone = Keep(customer.Phone, "Phone", "Phone", country, findings),
            Email = Keep(customer.Email, "Email", "Email", country, findings),
            Address = Keep(customer.Address, "BillingAddress", country, findings),
        };
        return new(clean, findings);
    }

    public static IReadOnlyList<FieldFinding> Findings(ErpCustomer clean, string country) =>
        Rules(clean.Phone, clean.Email, clean.TaxRegistrationNumber, clean.Address, country);

    public static CheckedRecord<CrmContact> Contact(CrmContact contact, string country)
    {
        var findings = new List<FieldFinding>();
        var clean = contact with
        {
            FirstName = Keep(contact.FirstName, "ContactName", "First name", country, findings),
            LastName = Keep(contact.LastName, "ContactName", "Last name", country, findings),
            JobTitle = Keep(contact.JobTitle, "ContactJobTitle", "Job title", country, findings),
            Email = Keep(contact.Email, "ContactEmail", "Email", country, findings),
            Phone = Keep(contact.Phone, "ContactPhone", "Phone", country, findings),
            Mobile = Keep(contact.Mobile, "ContactMobile", "Mobile", country, findings),
        };
        return new(clean, findings);
    }

    public static IReadOnlyList<FieldFinding> Findings(CrmContact clean, string country)
    {
        var findings = new List<FieldFinding>();
        Add(findings, FieldRules.Phone("ContactPhone", clean.Phone, country));
        Add(findings, FieldRules.Phone("ContactMobile", clean.Mobile, country));
        Add(findings, FieldRules.Email("ContactEmail", clean.Email));
        return findings;
    }

    private static List<FieldFinding> Rules(string? phone, string? email, string? businessNumber, SourceAddress address, string country)
    {
        var findings = new List<FieldFinding>();
        Add(findings, FieldRules.Phone("Phone", phone, country));
        Add(findings, FieldRules.Email("Email", email));
        Add(findings, FieldRules.BusinessNumber("BusinessNumber", businessNumber, country));
        findings.AddRange(AddressRules.Check("BillingAddress",
            new AddressInput(address.Line1, address.Line2, address.City, address.Region, address.Postcode, address.Country ?? country)));
        return findings;
    }

    private static SourceAddress Keep(SourceAddress address, string field, string country, List<FieldFinding> findings) => new(
        Keep(address.Line1, field, "Address", country, findings),
        Keep(address.Line2, field, "Address", country, findings),
        Keep(address.City, field, "City", country, findings),
        Keep(address.Region, field, "Region", country, findings),
        Keep(address.Postcode, field, "Postcode", country, findings),
        Keep(address.Country, field, "Country", country, findings));

    private static string? Keep(string? value, string field, string label, string country, List<FieldFinding> findings)
    {
        if (!FieldRules.IsTaxFileNumber(value, label, country))
        {
            return value;
        }

        if (!findings.Any(f => f.Field == field && f.Rule == FindingRules.TfnDiscarded))
        {
            findings.Add(FieldRules.TfnDiscarded(field));
        }

        return null;
    }

    private static void Add(List<FieldFinding> findings, FieldFinding? finding)
    {
        if (finding is not null)
        {
            findings.Add(finding);
        }
    }
}
