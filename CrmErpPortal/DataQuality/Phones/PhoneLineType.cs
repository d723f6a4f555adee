namespace CrmErpPortal.DataQuality.Phones;

/// <summary>The kind of line libphonenumber detects from the number range; numbers are portable, so it never names a carrier.</summary>
public enum PhoneLineType
{
    Unknown,
    Mobile,
    FixedLine,
    FixedLineOrMobile,
    TollFree,
    SharedCost,
    PremiumRate,
    Voip,
    Pager,
    PersonalNumber,
    Other,
}
