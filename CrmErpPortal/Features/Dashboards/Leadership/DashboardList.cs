namespace CrmErpPortal.Features.Dashboards.Leadership;

/// <summary>The customer lists behind the dashboard's figures (each card drills down to one).</summary>
public enum DashboardList
{
    OpenPipeline,
    QuotesWon,
    OrdersBooked,
    Invoiced,
    Overdue,
    OverLimit,
    CreditHold,
    NotLinkedInBoth,
    InvalidPhone,
    InvalidAddress,
    InvalidBusinessNumber,
    StuckConversions,
}

public static class DashboardLists
{
    public static string Title(DashboardList list) => list switch
    {
        DashboardList.OpenPipeline => "Customers with open pipeline",
        DashboardList.QuotesWon => "Quotes won in the period",
        DashboardList.OrdersBooked => "Orders booked in the period",
        DashboardList.Invoiced => "Invoiced in the period",
        DashboardList.Overdue => "Overdue customers",
        DashboardList.OverLimit => "Customers over their credit limit",
        DashboardList.CreditHold => "Orders on credit hold",
        DashboardList.NotLinkedInBoth => "Customers not linked in both systems",
        DashboardList.InvalidPhone => "Customers with an invalid phone",
        DashboardList.InvalidAddress => "Customers with an invalid address",
        DashboardList.InvalidBusinessNumber => "Customers with an invalid business number",
        DashboardList.StuckConversions => "Stuck conversions",
        _ => list.ToString(),
    };

    /// <summary>A short name for file names and sheet names (Excel allows at most 31 characters).</summary>
    public static string Slug(DashboardList list) => list switch
    {
        DashboardList.NotLinkedInBoth => "not-linked",
        DashboardList.InvalidBusinessNumber => "invalid-business-number",
        _ => string.Concat(list.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString())),
    };
}

/// <summary>One row of a drill-down list: the customer and the figure that put it there.</summary>
/// <remarks>Init properties, not a positional record, so that EF can sort and page on them in SQL.</remarks>
public sealed record DashboardRow
{
    public Guid CustomerId { get; init; }
    public required string Customer { get; init; }
    public required string Country { get; init; }
    public string? Owner { get; init; }
    public string? Segment { get; init; }
    public string? Reference { get; init; }
    public string? Currency { get; init; }
    public decimal? Amount { get; init; }
    public string? Detail { get; init; }

    /// <summary>Filled for exports only: statements of refused corrections to the customer's name.</summary>
    public string? CorrectionStatement { get; init; }
}
