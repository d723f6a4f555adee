using CrmErpPortal.Data.Entities;

namespace CrmErpPortal.Features.Duplicates.Merge;

public enum FieldOwner
{
    Crm,
    Erp,
    Shared,
}

/// <summary>One golden-record field a merge chooses a value for: who owns it (ARCHITECTURE.md) and how to read and copy it.</summary>
public sealed record MergeField(string Name, string Label, FieldOwner Owner, Func<Customer, string?> Read, Action<Customer, Customer> CopyFrom);

/// <summary>The fields a steward chooses between when merging, in the order the compare screen shows agreeing fields.</summary>
public static class MergeFields
{
    public static readonly IReadOnlyList<MergeField> All =
    [
        new("DisplayName", "Name", FieldOwner.Crm, c => c.DisplayName, (to, from) => { to.DisplayName = from.DisplayName; to.NormalizedName = from.NormalizedName; }),
        new("LegalName", "Legal name", FieldOwner.Crm, c => c.LegalName, (to, from) => to.LegalName = from.LegalName),
        new("CustomerNumber", "ERP customer number", FieldOwner.Erp, c => c.CustomerNumber, (to, from) => to.CustomerNumber = from.CustomerNumber),
        new("BusinessNumber", "Business number (ABN / NZBN)", FieldOwner.Shared, c => c.BusinessNumber, (to, from) => { to.BusinessNumber = from.BusinessNumber; to.BusinessNumberKind = from.BusinessNumberKind; }),
        new("Phone", "Phone", FieldOwner.Crm, c => c.PhoneE164, (to, from) => to.PhoneE164 = from.PhoneE164),
        new("Email", "Email", FieldOwner.Crm, c => c.Email, (to, from) => to.Email = from.Email),
        new("BillingAddress", "Billing address", FieldOwner.Crm, c => c.BillingAddress?.OneLine(), (to, from) => to.BillingAddress = from.BillingAddress),
        new("ShippingAddress", "Shipping address", FieldOwner.Crm, c => c.ShippingAddress?.OneLine(), (to, from) => to.ShippingAddress = from.ShippingAddress),
        new("Country", "Country", FieldOwner.Crm, c => c.CountryCode, (to, from) => to.CountryCode = from.CountryCode),
        new("Segment", "Segment", FieldOwner.Crm, c => c.Segment, (to, from) => to.Segment = from.Segment),
        new("Owner", "Owner", FieldOwner.Crm, c => c.OwnerName, (to, from) => { to.OwnerName = from.OwnerName; to.OwnerUserId = from.OwnerUserId; }),
    ];

    public static MergeField? Find(string name) => All.FirstOrDefault(f => f.Name == name);

    /// <summary>Both sides have a value and the values differ (case and spacing ignored).</summary>
    public static bool Conflicts(string? a, string? b) =>
        !string.IsNullOrWhiteSpace(a) && !string.IsNullOrWhiteSpace(b) && !string.Equals(Squash(a), Squash(b), StringComparison.OrdinalIgnoreCase);

    private static string Squash(string value) => string.Join(' ', value.Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
