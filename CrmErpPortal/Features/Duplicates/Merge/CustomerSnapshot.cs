using CrmErpPortal.Data.Entities;

namespace CrmErpPortal.Features.Duplicates.Merge;

/// <summary>
/// Every stored field of a customer row, for a merge's before-image. Restoring writes them all back except the
/// version, which only ever grows (it is the concurrency token: rewinding it would let a stale edit through).
/// </summary>
public sealed record CustomerSnapshot(
    string DisplayName, string? LegalName, string NormalizedName, string? CustomerNumber, string? BusinessNumber, BusinessNumberKind BusinessNumberKind,
    string CountryCode, PostalAddress? BillingAddress, PostalAddress? ShippingAddress, string? PhoneE164, string? Email, string? Segment,
    CustomerStatus Status, string? OwnerName, string? OwnerUserId, Guid? MergedIntoCustomerId, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static CustomerSnapshot Of(Customer c) => new(
        c.DisplayName, c.LegalName, c.NormalizedName, c.CustomerNumber, c.BusinessNumber, c.BusinessNumberKind, c.CountryCode, c.BillingAddress,
        c.ShippingAddress, c.PhoneE164, c.Email, c.Segment, c.Status, c.OwnerName, c.OwnerUserId, c.MergedIntoCustomerId, c.CreatedAt, c.UpdatedAt);

    public void RestoreTo(Customer c)
    {
        c.DisplayName = DisplayName;
        c.LegalName = LegalName;
        c.NormalizedName = NormalizedName;
        c.CustomerNumber = CustomerNumber;
        c.BusinessNumber = BusinessNumber;
        c.BusinessNumberKind = BusinessNumberKind;
        c.CountryCode = CountryCode;
        c.BillingAddress = BillingAddress;
        c.ShippingAddress = ShippingAddress;
        c.PhoneE164 = PhoneE164;
        c.Email = Email;
        c.Segment = Segment;
        c.Status = Status;
        c.OwnerName = OwnerName;
        c.OwnerUserId = OwnerUserId;
        c.MergedIntoCustomerId = MergedIntoCustomerId;
        c.CreatedAt = CreatedAt;
        c.UpdatedAt = UpdatedAt;
    }
}

/// <summary>The ids of the merged customer's rows that moved to the survivor, per table, so unmerge moves exactly those back.</summary>
public sealed record MovedRows(
    IReadOnlyList<Guid> SourceLinks, IReadOnlyList<Guid> Contacts, IReadOnlyList<Guid> Invoices, IReadOnlyList<Guid> SalesOrders,
    IReadOnlyList<Guid> Quotes, IReadOnlyList<Guid> Opportunities, IReadOnlyList<Guid> ServiceCases, IReadOnlyList<Guid> CreditProfiles,
    IReadOnlyList<Guid> ConversionIssues)
{
    /// <summary>Credit requests (pending, approved or spent) follow the customer. Merge records written before they moved have none.</summary>
    public IReadOnlyList<Guid> CreditRequests { get; init; } = [];

    public int Count => SourceLinks.Count + Contacts.Count + Invoices.Count + SalesOrders.Count + Quotes.Count + Opportunities.Count
        + ServiceCases.Count + CreditProfiles.Count + ConversionIssues.Count + CreditRequests.Count;
}

/// <summary>A duplicate pair's decision fields before the merge touched it.</summary>
public sealed record PairBefore(
    Guid Id, DuplicateStatus Status, string? DecidedBy, DateTimeOffset? DecidedAt, string? DecisionNote, DateTimeOffset? DeferredUntil, Guid? ClusterId, int ClusterSize);

/// <summary>Everything unmerge needs beyond the survivor's own before-image (stored in MergeRecord.MergedBeforeJson).</summary>
public sealed record MergedBeforeImage(CustomerSnapshot Customer, MovedRows Moved, IReadOnlyList<PairBefore> Pairs, IReadOnlyList<Guid> ChangeRequests);

public sealed record FieldChoice(string Field, Guid FromCustomerId);
