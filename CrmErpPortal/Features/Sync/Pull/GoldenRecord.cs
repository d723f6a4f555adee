using System.Security.Cryptography;
using System.Text;
using CrmErpPortal.Data.Entities;
using CrmErpPortal.DataQuality;
using CrmErpPortal.Integration;

namespace CrmErpPortal.Features.Sync.Pull;

/// <summary>
/// Ownership (ARCHITECTURE.md): the CRM owns the name, phone, email and addresses as sales knows them; the ERP owns
/// the customer number and everything financial. ERP values fill the golden record only while no live CRM link exists.
/// </summary>
public static class GoldenRecord
{
    public static void ApplyFromCrm(Customer customer, CrmAccount account, DateTimeOffset now)
    {
        var country = CountryCodes.FromText(account.Address.Country) ?? customer.CountryCode;
        customer.DisplayName = account.Name;
        customer.NormalizedName = NameNormalizer.Normalize(account.Name);
        customer.CountryCode = country;
        customer.PhoneE164 = PhoneNormalizer.ToE164(account.Phone, country) ?? customer.PhoneE164;
        customer.Email = account.Email?.Trim().ToLowerInvariant();
        customer.BillingAddress = ToAddress(account.Address, country);
        ApplyBusinessNumber(customer, account.BusinessNumber);
        if (customer.Status is not CustomerStatus.Merged)
        {
            customer.Status = account.IsActive ? ActiveOrProspect(customer) : CustomerStatus.Inactive;
        }

        customer.UpdatedAt = now;
    }

    public static void ApplyFromErp(Customer customer, ErpCustomer erp, bool crmOwnsContactFields, DateTimeOffset now)
    {
        var country = CountryCodes.FromText(erp.Address.Country) ?? customer.CountryCode;
        customer.CustomerNumber = erp.Number;
        if (!crmOwnsContactFields)
        {
            customer.DisplayName = erp.DisplayName;
            customer.NormalizedName = NameNormalizer.Normalize(erp.DisplayName);
            customer.CountryCode = country;
            customer.PhoneE164 = PhoneNormalizer.ToE164(erp.Phone, country) ?? customer.PhoneE164;
            customer.Email = erp.Email?.Trim().ToLowerInvariant();
            customer.BillingAddress = ToAddress(erp.Address, country);
        }

        if (customer.BusinessNumber is null)
        {
            ApplyBusinessNumber(customer, erp.TaxRegistrationNumber);
        }

        if (customer.Status is CustomerStatus.Prospect)
        {
            customer.Status = CustomerStatus.Active;
        }

        customer.UpdatedAt = now;
    }

    public static Customer NewCustomer(string name, string? countryText, DateTimeOffset now) => new()
    {
        DisplayName = name,
        NormalizedName = NameNormalizer.Normalize(name),
        CountryCode = CountryCodes.FromText(countryText) ?? "NZ",
        Status = CustomerStatus.Prospect,
        CreatedAt = now,
        UpdatedAt = now,
    };

    public static (string? Digits, BusinessNumberKind Kind) BusinessNumber(string? input)
    {
        var (digits, type) = BusinessNumbers.Classify(input);
        return type switch
        {
            BusinessNumberType.Abn => (digits, BusinessNumberKind.Abn),
            BusinessNumberType.Acn => (digits, BusinessNumberKind.Acn),
            BusinessNumberType.Nzbn => (digits, BusinessNumberKind.Nzbn),
            _ => (null, BusinessNumberKind.None),
        };
    }

    /// <summary>A fingerprint of what a source sent, so an unchanged row costs no write.</summary>
    public static string Hash(object payload) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(payload))))[..32];

    private static CustomerStatus ActiveOrProspect(Customer customer) =>
        customer.CustomerNumber is null ? CustomerStatus.Prospect : CustomerStatus.Active;

    private static void ApplyBusinessNumber(Customer customer, string? input)
    {
        var (digits, kind) = BusinessNumber(input);
        if (digits is not null)
        {
            customer.BusinessNumber = digits;
            customer.BusinessNumberKind = kind;
        }
    }

    private static PostalAddress? ToAddress(SourceAddress address, string country) =>
        string.IsNullOrWhiteSpace(address.Line1)
            ? null
            : new PostalAddress(address.Line1.Trim(), address.Line2, null, address.City, address.Region, address.Postcode, country);
}
