namespace CrmErpPortal.Components.Shared;

/// <summary>The zone times are shown in. Stored times are UTC; <c>Portal:TimeZone</c> defaults to Pacific/Auckland.</summary>
public sealed class DisplayTimeZone(IConfiguration configuration)
{
    public const string ConfigurationKey = "Portal:TimeZone";
    public const string DefaultZone = "Pacific/Auckland";

    public TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById(configuration[ConfigurationKey] ?? DefaultZone);

    public DateTimeOffset ToLocal(DateTimeOffset utc) => TimeZoneInfo.ConvertTime(utc, Zone);
}
