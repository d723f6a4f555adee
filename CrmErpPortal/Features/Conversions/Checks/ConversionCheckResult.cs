using CrmErpPortal.Data.Entities;

namespace CrmErpPortal.Features.Conversions.Checks;

/// <summary>A check the quote failed, in words a sales rep can act on; <paramref name="Amount"/> is what is at stake, if money.</summary>
public sealed record FailedCheck(ConversionCause Cause, string Message, decimal? Amount = null);

/// <summary>A line the ERP cannot fill from stock today: not a block, the order can still be taken.</summary>
public sealed record StockShortfall(int LineNumber, string ProductNumber, decimal Quantity, decimal OnHand, decimal Shortfall)
{
    public string Message => $"Line {LineNumber} ({ProductNumber}): {Quantity:0.##} ordered, {OnHand:0.##} in stock — short by {Shortfall:0.##}.";
}

/// <param name="Exposure">Balance + open orders not yet invoiced + this order, in the ERP customer's currency (null when not computable).</param>
/// <param name="OverrideUsed">The credit check failed on its figures and an approved override let this order through.</param>
public sealed record ConversionCheckResult(
    IReadOnlyList<FailedCheck> Failures,
    IReadOnlyList<StockShortfall> Shortfalls,
    IReadOnlyList<string> Warnings,
    decimal? Exposure,
    bool OverrideUsed)
{
    public bool Passed => Failures.Count == 0;
}
