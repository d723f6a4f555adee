namespace CrmErpPortal.Data.Entities;

/// <summary>
/// What one source record last said about the fields the CRM and the ERP share, written by the pull beside its
/// <see cref="SourceLink"/> (the golden record keeps only the winning value, so the drift report needs each side's own).
/// Each value is kept as the source sent it (to show and to propose) with a comparison key normalised by the NZ/AU
/// rules, so that the nightly drift job compares keys instead of re-parsing 200,000 records.
/// </summary>
public sealed class SourceFieldCopy
{
    public Guid SourceLinkId { get; set; }
    public string? Name { get; set; }
    public string? NameKey { get; set; }
    public string? Phone { get; set; }
    public string? PhoneKey { get; set; }
    public string? Email { get; set; }
    public string? EmailKey { get; set; }
    public string? BusinessNumber { get; set; }
    public string? BusinessNumberKey { get; set; }

    /// <summary>The address as the source holds it, on one line.</summary>
    public string? Address { get; set; }

    /// <summary>The parsed address in AS 4590 / NZ Post form; equal keys are the same address, different keys are compared by tiers.</summary>
    public string? AddressKey { get; set; }

    /// <summary>The country the source record says (the region its phone and address were read in).</summary>
    public required string CountryCode { get; set; }
    public DateTimeOffset CapturedAt { get; set; }
}
