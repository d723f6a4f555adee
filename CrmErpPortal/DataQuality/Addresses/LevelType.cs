namespace CrmErpPortal.DataQuality.Addresses;

/// <summary>Level types of AS 4590 (L, FL, G, LG, B, M).</summary>
public enum LevelType
{
    Level,
    Floor,
    Ground,
    LowerGround,
    Basement,
    Mezzanine,
}
