using CrmErpPortal.DataQuality.Addresses;

namespace CrmErpPortal.Matching;

/// <summary>One record as the engine sees it: raw text fields, normalised by the engine itself.</summary>
public sealed record MatchRecord(string Id, RecordKind Kind)
{
    public string? GivenName { get; init; }
    public string? Surname { get; init; }
    public string? OrganisationName { get; init; }
    public string? StreetNumber { get; init; }
    public string? Street { get; init; }
    public string? AddressLine2 { get; init; }
    public string? Locality { get; init; }
    public string? Postcode { get; init; }
    public string? State { get; init; }

    /// <summary>ISO 3166 alpha-2 code; also the region for reading national phone formats.</summary>
    public string? Country { get; init; }

    /// <summary>E.164 if known; otherwise read in the record's country.</summary>
    public string? Phone { get; init; }
    public string? Email { get; init; }

    /// <summary>ABN / ACN / NZBN; only its digits count.</summary>
    public string? BusinessNumber { get; init; }

    /// <summary>YYYYMMDD or YYYY-MM-DD; an impossible date is kept as its digits.</summary>
    public string? DateOfBirth { get; init; }
    public string? OtherIdentifier { get; init; }

    /// <summary>
    /// The address already read by the NZ/AU rules, when the caller has it; otherwise the engine reads street number,
    /// street and extra line itself.
    /// </summary>
    public NormalizedAddress? ParsedAddress { get; init; }
}
