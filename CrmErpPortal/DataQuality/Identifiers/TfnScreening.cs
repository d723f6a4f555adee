namespace CrmErpPortal.DataQuality.Identifiers;

/// <summary>Whether a value must be refused as a tax file number; the message never contains the value.</summary>
public sealed record TfnScreening(bool MustRefuse, string? Message)
{
    internal static readonly TfnScreening Allowed = new(false, null);
}
