using CrmErpPortal.Features.Privacy.AccessRequests.Deadlines;

namespace CrmErpPortal.Features.Privacy.AccessRequests;

/// <summary>Where a store, system or team holds personal data: listed in every access package (IPP 12, APP 8).</summary>
public sealed class DataLocation
{
    /// <summary>The store or system, e.g. "CRM (Dynamics 365 / Dataverse)".</summary>
    public string Store { get; set; } = "";

    /// <summary>The system key the package uses for its records: Hub, Crm or Erp; empty for stores with no records of their own (backups, logs).</summary>
    public string? System { get; set; }

    public string Region { get; set; } = "";
    public string Provider { get; set; } = "";

    /// <summary>Why holding it there is allowed, e.g. "agent under s 11" or "APP 8.1 contract".</summary>
    public string? Basis { get; set; }
}

/// <summary>The <c>Privacy</c> section: the NZ holiday list the 20-working-day deadline needs and the data locations register.</summary>
public sealed class AccessRequestOptions
{
    public const string Section = "Privacy";

    /// <summary>Every NZ holiday that stops the clock, per year; keep it current (README "Privacy").</summary>
    public List<PublicHoliday> NzPublicHolidays { get; set; } = [];

    public List<DataLocation> DataLocations { get; set; } = [];
}
