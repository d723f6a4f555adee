namespace CrmErpPortal.DataQuality.Addresses;

public enum AddressIssueSeverity
{
    /// <summary>Worth a look, but the address may be right (border postcodes, a region line NZ Post does not use).</summary>
    Warning,

    /// <summary>Mail cannot be addressed as it stands.</summary>
    Error,
}

public sealed record AddressIssue(AddressField Field, AddressIssueSeverity Severity, string Message);
