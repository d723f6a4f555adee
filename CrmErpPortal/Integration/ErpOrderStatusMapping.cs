using CrmErpPortal.Data.Entities;

namespace CrmErpPortal.Integration;

/// <summary>The ERP's order status words in the hub's terms; the mirror and the live read must agree on them.</summary>
public static class ErpOrderStatusMapping
{
    public static SalesOrderStatus ToHubStatus(this ErpSalesOrder order) => order.Status switch
    {
        _ when order.FullyShipped => SalesOrderStatus.Shipped,
        "Draft" => SalesOrderStatus.Draft,
        "In Review" => SalesOrderStatus.InReview,
        "Released" => SalesOrderStatus.Released,
        _ => SalesOrderStatus.Open,
    };
}
