namespace CrmErpPortal.Features.Conversions.Checks;

/// <summary>Configuration section "Conversions".</summary>
public sealed class ConversionCheckOptions
{
    public const string Section = "Conversions";

    /// <summary>A quote line's price may differ from the ERP's list price by this share before it blocks (0.01 = 1 %).</summary>
    public decimal PriceTolerancePercent { get; set; } = 0.01m;

    /// <summary>…or by this amount per unit, whichever is larger (rounding of converted or discounted prices).</summary>
    public decimal PriceToleranceAmount { get; set; } = 0.05m;

    /// <summary>A won quote with no ERP order after this long is listed as stuck (NoOrderAfterWin).</summary>
    public TimeSpan NoOrderAfterWin { get; set; } = TimeSpan.FromDays(2);

    /// <summary>Won quotes seen by sync within this window are converted automatically; older ones are only listed.</summary>
    public TimeSpan AutoConvertWonWithin { get; set; } = TimeSpan.FromDays(2);

    /// <summary>How long an approved one-off credit override stays usable.</summary>
    public TimeSpan OverrideLifetime { get; set; } = TimeSpan.FromDays(3);
}
