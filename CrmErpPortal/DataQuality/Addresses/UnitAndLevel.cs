namespace CrmErpPortal.DataQuality.Addresses;

/// <summary>What comes before the street number: sub-unit and level, in any of the written forms of NZAU.md §2.1–2.2.</summary>
internal sealed record UnitAndLevel(SubUnitType? SubUnitType, string? SubUnitNumber, LevelType? LevelType, string? LevelNumber)
{
    public static readonly UnitAndLevel None = new(null, null, null, null);
}
