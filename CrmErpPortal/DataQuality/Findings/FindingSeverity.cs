namespace CrmErpPortal.DataQuality.Findings;

public enum FindingSeverity
{
    /// <summary>Worth a look; the value may still be right.</summary>
    Warning,

    /// <summary>The value cannot be used as it stands (or was refused).</summary>
    Error,
}
